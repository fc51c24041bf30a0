package org.qcommons.buddying.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.qcommons.base.BusinessException;
import org.qcommons.base.ConcurrentEditException;
import org.qcommons.base.ui.FirstError;
import org.qcommons.base.ui.UserMessages;
import org.qcommons.buddying.BuddyMode;
import org.qcommons.buddying.BuddyOffer;
import org.qcommons.buddying.BuddyService;
import org.qcommons.skills.Skill;
import org.qcommons.skills.SkillService;

/** An experienced member offers to buddy: skills, capacity, ways to meet. The region follows their STP. */
@Route("buddying/offer")
@PageTitle("Offer to be a buddy | Q Commons")
@PermitAll
public class OfferView extends VerticalLayout {

    final MultiSelectComboBox<Skill> skills = new MultiSelectComboBox<>("Skills I can help with");
    final IntegerField capacity = new IntegerField("Most buddies at once");
    final CheckboxGroup<BuddyMode> modes = new CheckboxGroup<>("Ways I can meet");
    final TextArea note = new TextArea("A note for people looking for a buddy");
    final Checkbox active = new Checkbox("Open to new buddies");
    final Button save = new Button("Save offer");
    private final BeanValidationBinder<BuddyOffer> binder = new BeanValidationBinder<>(BuddyOffer.class);
    private final BuddyService buddying;
    private BuddyOffer offer;

    public OfferView(BuddyService buddying, SkillService skillService) {
        this.buddying = buddying;
        setMaxWidth("48rem");
        skills.setItems(skillService.activeSkills());
        skills.setItemLabelGenerator(Skill::getName);
        capacity.setStepButtonsVisible(true);
        capacity.setHelperText("We never propose more buddies than this. Most people take 2.");
        modes.setItems(BuddyMode.values());
        modes.setItemLabelGenerator(BuddyMode::label);
        note.setMaxLength(1000);
        note.setHelperText("Optional. For example, when you are free or what you enjoy helping with.");
        active.setHelperText("Untick to stop new proposals; your current buddies are not affected.");

        binder.forField(capacity)
                .asRequired("Enter how many buddies you can take at once")
                .bind("capacity");
        binder.bindInstanceFields(this);

        offer = buddying.myOffer().orElseGet(buddying::newOfferForMe);
        binder.setBean(offer);

        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());
        Button cancel = new Button("Cancel", e -> back());
        String region = offer.getMember().getRegion() == null
                ? "no region yet (add your STP to your profile)"
                : offer.getMember().getRegion().getName() + ", "
                        + offer.getMember().getStp().getName();
        FormLayout form = new FormLayout(skills, capacity, modes, active, note);
        form.setColspan(note, 2);
        form.setColspan(skills, 2);
        add(
                new H2(offer.isNew() ? "Offer to be a buddy" : "Your buddy offer"),
                new Paragraph("Buddies help members with less QI experience, frontline staff and patients joining Q. "
                        + "Your region is taken from your profile: " + region + "."),
                form,
                new HorizontalLayout(save, cancel));
    }

    void save() {
        var status = binder.validate();
        if (!status.isOk()) {
            FirstError.focus(status.getFieldValidationErrors(), skills, capacity, modes, active, note);
            return;
        }
        try {
            offer = buddying.saveOffer(offer);
            binder.setBean(offer);
            UserMessages.showSuccess("Your buddy offer is saved");
            back();
        } catch (ConcurrentEditException ex) {
            ConfirmDialog dialog = new ConfirmDialog(
                    "Your offer changed elsewhere",
                    ex.getMessage(),
                    "Reload",
                    ok -> getUI().ifPresent(ui -> ui.getPage().reload()));
            dialog.setCancelable(true);
            dialog.setCancelText("Keep my edits on screen");
            dialog.open();
        } catch (BusinessException ex) {
            UserMessages.showError(ex);
        }
    }

    private void back() {
        getUI().ifPresent(ui -> ui.navigate(BuddyingView.class));
    }
}
