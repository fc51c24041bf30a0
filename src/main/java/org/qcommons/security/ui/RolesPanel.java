package org.qcommons.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.time.format.DateTimeFormatter;
import java.util.Set;
import org.qcommons.base.config.DisplayZone;
import org.qcommons.base.security.Role;
import org.qcommons.organisations.Organisation;
import org.qcommons.organisations.OrganisationService;
import org.qcommons.people.Member;
import org.qcommons.security.RoleAdministration;
import org.qcommons.security.RoleChange;

/** A member's roles, their history and the buttons to change them: shown to ADMINs on the member's page. */
class RolesPanel extends VerticalLayout {

    static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    private final RoleAdministration roles;
    private final OrganisationService organisations;
    private final Member member;

    RolesPanel(RoleAdministration roles, OrganisationService organisations, Member member) {
        this.roles = roles;
        this.organisations = organisations;
        this.member = member;
        setPadding(false);
        render();
    }

    void render() {
        removeAll();
        Set<Role> held = roles.rolesOf(member.getId());
        Organisation coordinates = roles.coordinatorFor(member.getId());
        add(new H3("Roles"));
        UnorderedList current = new UnorderedList();
        held.stream()
                .sorted()
                .forEach(r -> current.add(new ListItem(r.label()
                        + (r == Role.ORG_COORDINATOR && coordinates != null ? " for " + coordinates.getName() : ""))));
        add(current);
        FlexLayout actions = new FlexLayout();
        actions.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        actions.getStyle().set("gap", "var(--lumo-space-s)");
        for (Role role : RoleAdministration.GRANTABLE) {
            boolean has = held.contains(role);
            if (has) {
                actions.add(button("Remove " + role.label().toLowerCase(), role, false));
            }
            if (!has || role == Role.ORG_COORDINATOR) {
                actions.add(button(
                        has
                                ? "Coordinate for another organisation"
                                : "Make " + role.label().toLowerCase(),
                        role,
                        true));
            }
        }
        add(actions);
        var history = roles.historyOf(member.getId());
        if (history.isEmpty()) {
            add(new Paragraph("No role has been changed since they joined."));
            return;
        }
        UnorderedList log = new UnorderedList();
        for (RoleChange c : history) {
            log.add(new ListItem(WHEN.withZone(DisplayZone.get()).format(c.getChangedAt()) + " · "
                    + (c.isGranted() ? "granted " : "revoked ") + c.describe() + " by " + c.getChangedBy() + ": "
                    + c.getReason()));
        }
        add(new H3("Role history"), log);
    }

    private Button button(String text, Role role, boolean grant) {
        Button b = new Button(
                text,
                e -> new RoleChangeDialog(
                                roles, member, role, grant, organisations.currentOrganisations(), this::render)
                        .open());
        b.addThemeVariants(ButtonVariant.LUMO_SMALL);
        if (!grant) {
            b.addThemeVariants(ButtonVariant.LUMO_ERROR);
        }
        return b;
    }
}
