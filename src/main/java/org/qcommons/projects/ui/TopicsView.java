package org.qcommons.projects.ui;

import static org.qcommons.projects.ui.Wording.t;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.qcommons.base.security.Role;
import org.qcommons.base.ui.MergeIntoDialog;
import org.qcommons.base.ui.PhoneGrids;
import org.qcommons.base.ui.UserMessages;
import org.qcommons.projects.TaxonomyAdministration;
import org.qcommons.projects.TaxonomyAdministration.Use;
import org.qcommons.projects.Topic;
import org.qcommons.projects.TopicKind;

/**
 * The curated taxonomy of conditions and issues. Retiring a topic keeps it on old projects but out of new ones;
 * merging moves its projects to another topic. Renamed topics keep their former names.
 */
@Route("admin/topics")
@Menu(order = 93, icon = "vaadin:tags", title = "Project topics")
@RolesAllowed(Role.ADMIN_ROLE)
public class TopicsView extends VerticalLayout implements HasDynamicTitle {

    final Grid<Use<Topic>> grid = new Grid<>();
    final TextField name = new TextField(t("topics.name"));
    final RadioButtonGroup<TopicKind> kind = new RadioButtonGroup<>(t("topics.kind"));
    final Button save = new Button(t("topics.save"));
    final Button retire = new Button(t("topics.retire"));
    final Button mergeButton = new Button(t("topics.merge"));
    MergeIntoDialog<Topic> mergeDialog;
    private final TaxonomyAdministration admin;
    private Topic editing;

    public TopicsView(TaxonomyAdministration admin) {
        this.admin = admin;
        kind.setItems(TopicKind.values());
        kind.setItemLabelGenerator(TopicKind::label);
        name.setMaxLength(100);
        grid.addColumn(u -> u.entry().getName())
                .setHeader(t("topics.topic"))
                .setKey("name")
                .setSortable(true);
        grid.addColumn(u -> u.entry().getKind().label())
                .setHeader(t("topics.kind"))
                .setKey("kind")
                .setSortable(true);
        grid.addColumn(TopicsView::status).setHeader(t("topics.offered")).setKey("active");
        grid.addColumn(Use::projects)
                .setHeader(t("topics.projects"))
                .setKey("projects")
                .setSortable(true);
        grid.addColumn(u -> u.entry().getFormerNames())
                .setHeader(t("topics.former"))
                .setKey("former");
        PhoneGrids.stackOnPhones(
                grid,
                "Topic",
                u -> PhoneGrids.card(
                        u.entry().getName(),
                        u.entry().getKind().label(),
                        "Offered: " + status(u),
                        "Projects: " + u.projects(),
                        formerNames(u.entry().getFormerNames())));
        grid.asSingleSelect()
                .addValueChangeListener(
                        e -> edit(e.getValue() == null ? null : e.getValue().entry()));
        grid.setAllRowsVisible(true);
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());
        retire.addClickListener(e -> toggleActive());
        mergeButton.addClickListener(e -> openMerge());
        Button add = new Button(t("topics.new"), e -> edit(null));
        add(
                new H2(t("topics.heading")),
                new Paragraph(t("topics.intro")),
                new HorizontalLayout(name, kind, save, add),
                new HorizontalLayout(retire, mergeButton),
                grid);
        refresh();
        edit(null);
    }

    private static String status(Use<Topic> u) {
        if (u.entry().getSuccessor() != null) {
            return t("topics.mergedInto", u.entry().getSuccessor().getName());
        }
        return u.entry().isActive() ? t("topics.yes") : t("topics.retired");
    }

    static String formerNames(String names) {
        return names == null || names.isBlank() ? "" : "Former names: " + names;
    }

    private void refresh() {
        grid.setItems(admin.topics());
    }

    void edit(Topic topic) {
        editing = topic;
        name.setValue(topic == null ? "" : topic.getName());
        name.setInvalid(false);
        kind.setValue(topic == null ? TopicKind.CONDITION : topic.getKind());
        retire.setEnabled(topic != null && topic.getSuccessor() == null);
        retire.setText(topic != null && !topic.isActive() ? t("topics.offerAgain") : t("topics.retire"));
        mergeButton.setEnabled(topic != null && topic.getSuccessor() == null);
    }

    void save() {
        if (name.getValue().isBlank()) {
            name.setErrorMessage(t("topics.nameMissing"));
            name.setInvalid(true);
            name.focus();
            return;
        }
        try {
            if (editing == null) {
                admin.addTopic(name.getValue(), kind.getValue());
            } else {
                admin.editTopic(editing.getId(), editing.getVersion(), name.getValue(), kind.getValue());
            }
            UserMessages.showSuccess(t("topics.saved"));
            refresh();
            edit(null);
        } catch (RuntimeException e) {
            UserMessages.showError(e);
        }
    }

    private void toggleActive() {
        try {
            admin.setTopicActive(editing.getId(), editing.getVersion(), !editing.isActive());
            refresh();
            edit(null);
        } catch (RuntimeException e) {
            UserMessages.showError(e);
        }
    }

    void openMerge() {
        Topic from = editing;
        long uses = admin.topics().stream()
                .filter(u -> u.entry().equals(from))
                .mapToLong(Use::projects)
                .sum();
        List<Topic> into = admin.topics().stream()
                .map(Use::entry)
                .filter(t -> t.isActive() && !t.equals(from))
                .toList();
        mergeDialog = new MergeIntoDialog<>(
                from.getName(), uses == 0 ? List.of() : List.of(t("topics.uses", uses)), into, Topic::getName, to -> {
                    admin.mergeTopic(from.getId(), to.getId());
                    refresh();
                    edit(null);
                });
        mergeDialog.open();
    }

    @Override
    public String getPageTitle() {
        return t("topics.pageTitle");
    }
}
