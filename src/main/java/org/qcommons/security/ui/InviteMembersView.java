package org.qcommons.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import org.qcommons.base.security.Role;
import org.qcommons.base.ui.UserMessages;
import org.qcommons.organisations.Organisation;
import org.qcommons.organisations.OrganisationService;
import org.qcommons.security.Invitations;

/** An ADMIN invites a member by email; the invitee chooses a password through the emailed link. */
@Route("admin/invite")
@PageTitle("Invite members | Q Commons")
@Menu(order = 93, icon = "vaadin:envelope-open", title = "Invite members")
@RolesAllowed(Role.ADMIN_ROLE)
public class InviteMembersView extends VerticalLayout {

    final TextField fullName = new TextField("Full name");
    final EmailField email = new EmailField("Email address");
    final ComboBox<Organisation> organisation = new ComboBox<>("Organisation");
    final Button invite = new Button("Send the invitation");

    public InviteMembersView(Invitations invitations, OrganisationService organisations) {
        setMaxWidth("48rem");
        fullName.setId("invite-name");
        email.setId("invite-email");
        organisation.setId("invite-organisation");
        invite.setId("invite-send");
        fullName.setRequired(true);
        email.setRequired(true);
        organisation.setRequired(true);
        organisation.setItems(organisations.currentOrganisations());
        organisation.setItemLabelGenerator(Organisation::getName);
        invite.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        invite.addClickListener(e -> {
            try {
                invitations.invite(fullName.getValue(), email.getValue(), organisation.getValue());
                UserMessages.showSuccess("Invitation sent to " + email.getValue());
                fullName.clear();
                email.clear();
            } catch (RuntimeException ex) {
                UserMessages.showError(ex);
            }
        });
        add(
                new H2("Invite members"),
                new Paragraph("Each person gets an email with a link, valid for 14 days, to choose their password. "
                        + "They are approved already and can sign in as soon as they have."),
                new FormLayout(fullName, email, organisation),
                invite,
                new RouterLink("Invite many people from a CSV file", BulkInviteView.class));
        if (organisations.currentOrganisations().isEmpty()) {
            add(new Paragraph("Add an organisation first, under Manage organisations."));
            invite.setEnabled(false);
        }
    }
}
