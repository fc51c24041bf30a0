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
import java.util.List;
import org.qcommons.base.security.Role;
import org.qcommons.base.ui.FirstError;
import org.qcommons.base.ui.MergeIntoDialog;
import org.qcommons.base.ui.PhoneGrids;
import org.qcommons.base.ui.UserMessages;
import org.qcommons.skills.Skill;
import org.qcommons.skills.SkillAdministration;
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
    final Button mergeButton = new Button("Merge into…");
    final H3 editorTitle = new H3("New skill");
    final SkillGroupsPanel groups;
    MergeIntoDialog<Skill> mergeDialog;
    private final SkillAdministration admin;
    private final BeanValidationBinder<Skill> binder = new BeanValidationBinder<>(Skill.class);
    private final SkillService skills;
    private Skill editing;

    public SkillTaxonomyView(SkillService skills, SkillAdministration admin) {
        this.skills = skills;
        this.admin = admin;
        this.groups = new SkillGroupsPanel(admin, this::refresh);
        setSizeFull();
        group.setItemLabelGenerator(SkillGroup::label);
        name.setMaxLength(120);
        binder.bindInstanceFields(this);

        grid.addColumn(Skill::getName).setHeader("Skill").setSortable(true).setAutoWidth(true);
        grid.addColumn(s -> s.getGroup().label()).setHeader("Group").setSortable(true);
        grid.addColumn(SkillTaxonomyView::status).setHeader("Status");
        grid.addColumn(s -> skills.holders(s.getId())).setHeader("Members holding it");
        grid.addColumn(Skill::getFormerNames).setHeader("Former names");
        PhoneGrids.stackOnPhones(
                grid,
                "Skill",
                s -> PhoneGrids.card(
                        s.getName(),
                        s.getGroup().label() + " · " + status(s),
                        "Members holding it: " + skills.holders(s.getId()),
                        s.getFormerNames() == null || s.getFormerNames().isBlank()
                                ? ""
                                : "Former names: " + s.getFormerNames()));
        grid.asSingleSelect().addValueChangeListener(e -> {
            if (e.getValue() != null) {
                edit(e.getValue());
            }
        });

        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());
        newSkill.addClickListener(e -> edit(new Skill("", null)));
        mergeButton.addClickListener(e -> openMerge());
        VerticalLayout editor = new VerticalLayout(
                editorTitle, new FormLayout(name, group, active), new HorizontalLayout(save, newSkill), mergeButton);
        editor.setWidth("min(100%, 24rem)");
        HorizontalLayout body = new HorizontalLayout(grid, editor);
        // On a phone the editor goes below the list rather than squeezing it.
        body.setWrap(true);
        body.setSizeFull();
        body.setFlexGrow(1, grid);
        add(
                new H2("Skills taxonomy"),
                new Paragraph("Edit the skills members can record and requests can ask for. A renamed skill keeps "
                        + "its old name. Merging moves every member, request and offer of one skill to another."),
                body,
                groups);
        refresh();
        edit(new Skill("", null));
    }

    private void edit(Skill skill) {
        editing = skill;
        editorTitle.setText(skill.isNew() ? "New skill" : "Edit " + skill.getName());
        mergeButton.setEnabled(!skill.isNew() && skill.getSuccessor() == null);
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
            edit(new Skill("", null));
        } catch (RuntimeException ex) {
            EditConflicts.show(ex);
            refresh();
        }
    }

    private void refresh() {
        group.setItems(admin.activeGroups());
        grid.setItems(skills.allSkills());
    }

    private static String status(Skill s) {
        if (s.getSuccessor() != null) {
            return "Merged into " + s.getSuccessor().getName();
        }
        return s.isActive() ? "Active" : "Retired";
    }

    void openMerge() {
        Skill from = editing;
        List<Skill> into =
                skills.activeSkills().stream().filter(s -> !s.equals(from)).toList();
        mergeDialog = new MergeIntoDialog<>(from.getName(), admin.usesOf(from.getId()), into, Skill::getName, to -> {
            admin.mergeSkill(from.getId(), to.getId());
            refresh();
            edit(new Skill("", null));
        });
        mergeDialog.open();
    }
}
