package org.qcommons.projects.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.data.binder.ValidationException;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.qcommons.base.BusinessException;
import org.qcommons.base.security.Role;
import org.qcommons.base.ui.FirstError;
import org.qcommons.base.ui.UserMessages;
import org.qcommons.projects.ProjectTaxonomy;
import org.qcommons.projects.Topic;
import org.qcommons.projects.TopicKind;

/** The curated taxonomy of conditions and issues. Retiring a topic keeps it on old projects but out of new ones. */
@Route("admin/topics")
@PageTitle("Topics | Q Commons")
@Menu(order = 93, icon = "vaadin:tags", title = "Project topics")
@RolesAllowed(Role.ADMIN_ROLE)
public class TopicsView extends VerticalLayout {

    final Grid<Topic> grid = new Grid<>(Topic.class, false);
    final TextField name = new TextField("Name");
    final RadioButtonGroup<TopicKind> kind = new RadioButtonGroup<>("Kind");
    final Checkbox active = new Checkbox("Offered for new projects");
    final Button save = new Button("Save");
    final BeanValidationBinder<Topic> binder = new BeanValidationBinder<>(Topic.class);
    private final ProjectTaxonomy taxonomy;
    private Topic editing;

    public TopicsView(ProjectTaxonomy taxonomy) {
        this.taxonomy = taxonomy;
        kind.setItems(TopicKind.values());
        kind.setItemLabelGenerator(TopicKind::label);
        binder.bind(name, "name");
        binder.bind(kind, "kind");
        binder.bind(active, "active");
        grid.addColumn(Topic::getName).setHeader("Topic").setKey("name").setSortable(true);
        grid.addColumn(t -> t.getKind().label())
                .setHeader("Kind")
                .setKey("kind")
                .setSortable(true);
        grid.addColumn(t -> t.isActive() ? "Yes" : "Retired")
                .setHeader("Offered")
                .setKey("active");
        grid.asSingleSelect().addValueChangeListener(e -> edit(e.getValue()));
        grid.setAllRowsVisible(true);
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());
        Button add = new Button("New topic", e -> edit(null));
        add(
                new H2("Project topics"),
                new Paragraph(
                        "Conditions (sepsis, frailty…) and issues (patient flow, workforce…) that projects are "
                                + "tagged with. After renaming a topic, rebuild the search index so searches use the new name."),
                new HorizontalLayout(name, kind, active, save, add),
                grid);
        refresh();
        edit(null);
    }

    private void refresh() {
        grid.setItems(taxonomy.topics());
    }

    void edit(Topic topic) {
        editing = topic == null ? new Topic("", TopicKind.CONDITION) : topic;
        binder.readBean(editing);
    }

    void save() {
        try {
            binder.writeBean(editing);
            taxonomy.saveTopic(editing);
            UserMessages.showSuccess("Topic saved");
            refresh();
            edit(null);
        } catch (ValidationException e) {
            UserMessages.showError(new BusinessException("Check the highlighted fields."));
            FirstError.focus(binder, e.getFieldValidationErrors());
        } catch (RuntimeException e) {
            UserMessages.showError(e);
        }
    }
}
