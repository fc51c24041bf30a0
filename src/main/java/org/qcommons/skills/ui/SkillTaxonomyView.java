package org.qcommons.skills.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.qcommons.base.security.Role;
import org.qcommons.base.ui.FirstError;
import org.qcommons.base.ui.UserMessages;
import org.qcommons.skills.Skill;
import org.qcommons.skills.SkillGroup;
import org.qcommons.skills.SkillService;

/** The curated skills taxonomy. Skills are retired rather than deleted, so members' history keeps its meaning. */
@Route("admin/skills")
@PageTitle("Skills taxonomy | Q Commons")
@Menu(order = 92, icon = "vaadin:tags", title = "Skills taxonomy")
@RolesAllowed(Role.ADMIN_ROLE)
public class SkillTaxonomyView extends VerticalLayout {

    final Grid<Skill> grid = new Grid<>(Skill.class, false);
    final TextField name = new TextField("Name");
    final ComboBox<SkillGroup> group = new ComboBox<>("Group");
    final Checkbox active = new Checkbox("Active (offered for new entries)");
    final Button save = new Button("Save");
    final Button newSkill = new Button("New skill");
    final H3 editorTitle = new H3("New skill");
    private final BeanValidationBinder<Skill> binder = new BeanValidationBinder<>(Skill.class);
    private final SkillService skills;
    private Skill editing;

    public SkillTaxonomyView(SkillService skills) {
        this.skills = skills;
        setSizeFull();
        group.setItems(SkillGroup.values());
        group.setItemLabelGenerator(SkillGroup::label);
        name.setMaxLength(120);
        binder.bindInstanceFields(this);

        grid.addColumn(Skill::getName).setHeader("Skill").setSortable(true).setAutoWidth(true);
        grid.addColumn(s -> s.getGroup().label()).setHeader("Group").setSortable(true);
        grid.addColumn(s -> s.isActive() ? "Active" : "Retired").setHeader("Status");
        grid.addColumn(s -> skills.holders(s.getId())).setHeader("Members holding it");
        grid.asSingleSelect().addValueChangeListener(e -> {
            if (e.getValue() != null) {
                edit(e.getValue());
            }
        });

        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());
        newSkill.addClickListener(e -> edit(new Skill("", SkillGroup.QI_METHODS)));
        VerticalLayout editor = new VerticalLayout(
                editorTitle, new FormLayout(name, group, active), new HorizontalLayout(save, newSkill));
        editor.setWidth("24rem");
        HorizontalLayout body = new HorizontalLayout(grid, editor);
        body.setSizeFull();
        body.setFlexGrow(1, grid);
        add(
                new H2("Skills taxonomy"),
                new Paragraph("Edit the skills members can record and requests can ask for. "
                        + "Retire a skill rather than renaming it into something else: members who hold it keep it."),
                body);
        refresh();
        edit(new Skill("", SkillGroup.QI_METHODS));
    }

    private void edit(Skill skill) {
        editing = skill;
        editorTitle.setText(skill.isNew() ? "New skill" : "Edit " + skill.getName());
        binder.readBean(skill);
    }

    private void save() {
        if (!FirstError.validate(binder) || !binder.writeBeanIfValid(editing)) {
            return;
        }
        try {
            editing.setName(editing.getName().trim());
            Skill saved = skills.saveSkill(editing);
            UserMessages.showSuccess("Saved " + saved.getName());
            refresh();
            edit(new Skill("", SkillGroup.QI_METHODS));
        } catch (RuntimeException ex) {
            EditConflicts.show(ex);
            refresh();
        }
    }

    private void refresh() {
        grid.setItems(skills.allSkills());
    }
}
