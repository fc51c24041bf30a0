package org.qcommons.people.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.OptionalParameter;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.qcommons.base.BusinessException;
import org.qcommons.base.ConcurrentEditException;
import org.qcommons.base.security.CurrentUser;
import org.qcommons.base.ui.FirstError;
import org.qcommons.base.ui.UserMessages;
import org.qcommons.organisations.Organisation;
import org.qcommons.organisations.OrganisationService;
import org.qcommons.organisations.Stp;
import org.qcommons.people.Member;
import org.qcommons.people.MemberService;

/** "Edit my profile" (no parameter) or, for an ADMIN, anyone's profile (with the member's id). */
@Route("profile/edit")
@PageTitle("Edit profile | Q Commons")
@PermitAll
public class EditProfileView extends VerticalLayout implements HasUrlParameter<Long> {

    final TextField fullName = new TextField("Full name");
    final EmailField email = new EmailField("Contact email");
    final TextField profession = new TextField("Profession");
    final TextField jobTitle = new TextField("Job title");
    final ComboBox<Organisation> organisation = new ComboBox<>("Organisation");
    final ComboBox<Stp> stp = new ComboBox<>("STP");
    final DatePicker joinedQ = new DatePicker("Date joined Q");
    final TextArea bio = new TextArea("Short bio");
    final IntegerField availabilityDaysPerQuarter = new IntegerField("Days available per quarter for the concordat");
    final Checkbox worksRemotely = new Checkbox("Can work remotely");
    final Checkbox canTravel = new Checkbox("Can travel to other organisations");
    final Checkbox patientOrCarer = new Checkbox("Patient, service user or carer representative");
    final Checkbox directoryConsent = new Checkbox("Other members may see my profile and contact me");
    final Button save = new Button("Save");
    private final BeanValidationBinder<Member> binder = new BeanValidationBinder<>(Member.class);
    private final MemberService members;
    private Member member;

    public EditProfileView(MemberService members, OrganisationService organisations) {
        this.members = members;
        setMaxWidth("56rem");
        organisation.setItems(organisations.organisations());
        stp.setItems(organisations.stps());
        organisation.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                stp.setValue(e.getValue().getStp());
            }
        });
        bio.setMaxLength(2000);
        bio.setHelperText("Up to 2,000 characters");
        email.setHelperText("A new address takes effect once it is confirmed from the link sent to it");
        email.setI18n(new EmailField.EmailFieldI18n()
                .setPatternErrorMessage("Enter an email address in the right format, like name@example.nhs.uk"));
        binder.bindInstanceFields(this);
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());
        Button cancel = new Button("Cancel", e -> back());
        FormLayout form = new FormLayout(
                fullName,
                email,
                profession,
                jobTitle,
                organisation,
                stp,
                joinedQ,
                availabilityDaysPerQuarter,
                worksRemotely,
                canTravel,
                patientOrCarer,
                directoryConsent,
                bio);
        form.setColspan(bio, 2);
        add(new H2("Edit profile"), form, new HorizontalLayout(save, cancel));
    }

    @Override
    public void setParameter(BeforeEvent event, @OptionalParameter Long id) {
        member = id == null
                ? members.me()
                : members.profile(id).filter(members::canEdit).orElseThrow(NotFoundException::new);
        binder.setBean(member);
    }

    void save() {
        if (!FirstError.validate(binder)) {
            return;
        }
        try {
            String wanted = member.getEmail().trim();
            boolean own = CurrentUser.memberId().filter(member.getId()::equals).isPresent();
            member = members.updateProfile(member);
            binder.setBean(member);
            UserMessages.showSuccess(
                    wanted.equalsIgnoreCase(member.getEmail())
                            ? "Profile saved"
                            : own
                                    ? "Profile saved. We have sent a link to " + wanted + ": your email address "
                                            + "changes when you open it. Your old address has been told."
                                    : "Profile saved. The email change is pending: we have sent a link to " + wanted
                                            + ", and " + member.getFullName() + "'s address changes only when it "
                                            + "is used. " + member.getEmail() + " has been told.");
            back();
        } catch (ConcurrentEditException ex) {
            ConfirmDialog dialog = new ConfirmDialog(
                    "Someone else saved this profile",
                    ex.getMessage(),
                    "Reload",
                    ok -> getUI().ifPresent(ui -> ui.getPage().reload()));
            dialog.setCancelable(true);
            dialog.setCancelText("Keep my edits on screen");
            dialog.open();
        } catch (BusinessException ex) {
            if (ex.getMessage().contains("email")) {
                email.setInvalid(true);
                email.setErrorMessage(ex.getMessage());
            } else {
                UserMessages.showError(ex);
            }
        }
    }

    private void back() {
        getUI().ifPresent(ui -> ui.navigate(ProfileView.class, member.getId()));
    }
}
