package org.qcommons.skills.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import org.qcommons.base.ui.MergeIntoDialog;
import org.qcommons.base.ui.UserMessages;
import org.qcommons.skills.SkillAdministration;
import org.qcommons.skills.SkillAdministration.GroupUse;
import org.qcommons.skills.SkillGroup;

/** The skill groups, edited like the skills under them: add, rename (the old name is kept), retire and merge. */
class SkillGroupsPanel extends VerticalLayout {

    final Grid<GroupUse> grid = new Grid<>();
    final TextField name = new TextField("Group name");
    final Button save = new Button("Save group");
    final Button retire = new Button("Retire group");
    final Button mergeButton = new Button("Merge group into…");
    MergeIntoDialog<SkillGroup> mergeDialog;
    private final SkillAdministration admin;
    private final Runnable changed;
    private SkillGroup editing;

    SkillGroupsPanel(SkillAdministration admin, Runnable changed) {
        this.admin = admin;
        this.changed = changed;
        setPadding(false);
        name.setMaxLength(60);
        grid.addColumn(g -> g.group().getName()).setHeader("Group").setKey("name");
        grid.addColumn(g -> g.group().isActive() ? "In use" : "Retired").setHeader("Status");
        grid.addColumn(GroupUse::skills).setHeader("Skills").setKey("skills");
        grid.addColumn(g -> g.group().getFormerNames()).setHeader("Former names");
        grid.setAllRowsVisible(true);
        grid.asSingleSelect()
                .addValueChangeListener(
                        e -> edit(e.getValue() == null ? null : e.getValue().group()));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());
        retire.addClickListener(e -> toggle());
        mergeButton.addClickListener(e -> openMerge());
        add(
                new H3("Skill groups"),
                new HorizontalLayout(name, save, new Button("New group", e -> edit(null)), retire, mergeButton),
                grid);
        refresh();
        edit(null);
    }

    private void refresh() {
        grid.setItems(admin.groups());
    }

    void edit(SkillGroup group) {
        editing = group;
        name.setValue(group == null ? "" : group.getName());
        name.setInvalid(false);
        retire.setEnabled(group != null);
        retire.setText(group != null && !group.isActive() ? "Use group again" : "Retire group");
        mergeButton.setEnabled(group != null && group.isActive());
    }

    void save() {
        if (name.getValue().isBlank()) {
            name.setErrorMessage("Enter a name");
            name.setInvalid(true);
            name.focus();
            return;
        }
        try {
            if (editing == null) {
                admin.addGroup(name.getValue());
            } else {
                admin.renameGroup(editing.getId(), editing.getVersion(), name.getValue());
            }
            UserMessages.showSuccess("Skill group saved");
            done();
        } catch (RuntimeException e) {
            UserMessages.showError(e);
        }
    }

    private void toggle() {
        try {
            admin.setGroupActive(editing.getId(), editing.getVersion(), !editing.isActive());
            done();
        } catch (RuntimeException e) {
            UserMessages.showError(e);
        }
    }

    void openMerge() {
        SkillGroup from = editing;
        long skills = admin.groups().stream()
                .filter(g -> g.group().equals(from))
                .mapToLong(GroupUse::skills)
                .sum();
        mergeDialog = new MergeIntoDialog<>(
                from.getName(),
                skills == 0 ? List.of() : List.of(skills + (skills == 1 ? " skill" : " skills")),
                admin.activeGroups().stream().filter(g -> !g.equals(from)).toList(),
                SkillGroup::getName,
                to -> {
                    admin.mergeGroup(from.getId(), to.getId());
                    done();
                });
        mergeDialog.open();
    }

    private void done() {
        refresh();
        edit(null);
        changed.run();
    }
}
