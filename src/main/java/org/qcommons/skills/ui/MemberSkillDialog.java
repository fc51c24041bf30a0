package org.qcommons.skills.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextArea;
import org.qcommons.base.ui.UserMessages;
import org.qcommons.skills.MemberSkill;
import org.qcommons.skills.SkillLevel;
import org.qcommons.skills.SkillService;

/** Changes the level, offer and evidence of one recorded skill. */
class MemberSkillDialog extends Dialog {

    final ComboBox<SkillLevel> level = new ComboBox<>("Level");
    final Checkbox offered = new Checkbox("Offer through the concordat");
    final TextArea evidence = new TextArea("Evidence (optional)");
    final Button save = new Button("Save");

    MemberSkillDialog(MemberSkill ms, SkillService skills, Runnable onSaved) {
        setHeaderTitle(ms.getSkill().getName());
        level.setItems(SkillLevel.values());
        level.setItemLabelGenerator(SkillLevel::label);
        level.setValue(ms.getLevel());
        level.setRequired(true);
        offered.setValue(ms.isOffered());
        evidence.setMaxLength(1000);
        evidence.setHelperText("Up to 1,000 characters: a sentence, or a link to a project");
        evidence.setValue(ms.getEvidence() == null ? "" : ms.getEvidence());
        add(new FormLayout(level, offered, evidence));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> {
            if (level.isEmpty()) {
                level.setInvalid(true);
                level.setErrorMessage("Choose a level");
                return;
            }
            try {
                skills.updateSkill(
                        ms.getId(), ms.getVersion(), level.getValue(), offered.getValue(), evidence.getValue());
                UserMessages.showSuccess("Saved " + ms.getSkill().getName());
                close();
                onSaved.run();
            } catch (RuntimeException ex) {
                EditConflicts.show(ex);
            }
        });
        getFooter().add(new Button("Cancel", e -> close()), save);
    }
}
