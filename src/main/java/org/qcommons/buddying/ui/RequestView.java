package org.qcommons.buddying.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.PermitAll;
import org.qcommons.base.BusinessException;
import org.qcommons.base.ConcurrentEditException;
import org.qcommons.base.ui.FirstError;
import org.qcommons.base.ui.UserMessages;
import org.qcommons.buddying.BuddyMode;
import org.qcommons.buddying.BuddyRequest;
import org.qcommons.buddying.BuddyService;
import org.qcommons.skills.Skill;
import org.qcommons.skills.SkillService;

/** Any member asks for a buddy, or changes their open request. */
@Route("buddying/request")
@PageTitle("Ask for a buddy | Q Commons")
@PermitAll
public class RequestView extends VerticalLayout {

    final TextArea goals = new TextArea("What would you like help with?");
    final MultiSelectComboBox<Skill> skills = new MultiSelectComboBox<>("Skills you would like to build");
    final Checkbox sameProfession = new Checkbox("I would prefer a buddy from my profession");
    final Checkbox sameStp = new Checkbox("I would prefer a buddy in my STP, so we can meet locally");
    final Select<BuddyMode> preferredMode = new Select<>();
    final Button save = new Button("Ask for a buddy");
    private final BeanValidationBinder<BuddyRequest> binder = new BeanValidationBinder<>(BuddyRequest.class);
    private final BuddyService buddying;
    private BuddyRequest request;

    public RequestView(BuddyService buddying, SkillService skillService) {
        this.buddying = buddying;
        setMaxWidth("48rem");
        goals.setMaxLength(2000);
        goals.setMinHeight("8rem");
        goals.setHelperText("For example: \"I am starting a falls project and want to learn run charts.\"");
        skills.setItems(skillService.activeSkills());
        skills.setItemLabelGenerator(Skill::getName);
        skills.setHelperText("Optional, but it helps us find the right person.");
        preferredMode.setLabel("How would you like to meet?");
        preferredMode.setItems(BuddyMode.values());
        preferredMode.setItemLabelGenerator(m -> m == null ? "No preference" : m.label());
        preferredMode.setEmptySelectionAllowed(true);
        preferredMode.setEmptySelectionCaption("No preference");
        binder.bindInstanceFields(this);

        request = buddying.myOpenRequest().orElseGet(buddying::newRequestForMe);
        binder.setBean(request);
        if (!request.isNew()) {
            save.setText("Save changes");
        }
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());
        Button cancel = new Button("Cancel", e -> getUI().ifPresent(ui -> ui.navigate(BuddyingView.class)));
        FormLayout form = new FormLayout(goals, skills, preferredMode, sameProfession, sameStp);
        form.setColspan(goals, 2);
        form.setColspan(skills, 2);
        add(
                new H2(request.isNew() ? "Ask for a buddy" : "Your request for a buddy"),
                new Paragraph("A buddy is an experienced Q member who meets you now and then to help with your "
                        + "improvement work. Anyone can ask; it is especially meant for people new to Q and for "
                        + "patients and carers."),
                form,
                new HorizontalLayout(save, cancel));
    }

    void save() {
        var status = binder.validate();
        if (!status.isOk()) {
            FirstError.focus(status.getFieldValidationErrors(), goals, skills, preferredMode, sameProfession, sameStp);
            return;
        }
        try {
            request = buddying.saveRequest(request);
            binder.setBean(request);
            UserMessages.showSuccess("Your request is saved. Here are buddies who could help.");
            getUI().ifPresent(ui -> ui.navigate(
                    SuggestionsView.class, new RouteParameters("requestId", String.valueOf(request.getId()))));
        } catch (ConcurrentEditException ex) {
            ConfirmDialog dialog = new ConfirmDialog(
                    "Your request changed elsewhere",
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
}
