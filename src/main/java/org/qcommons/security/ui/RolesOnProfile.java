package org.qcommons.security.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import org.qcommons.base.security.CurrentUser;
import org.qcommons.organisations.OrganisationService;
import org.qcommons.people.Member;
import org.qcommons.people.ui.ProfileSection;
import org.qcommons.security.RoleAdministration;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Service;

/** Shows ADMINs a member's roles on their page, with the buttons to change them. */
@Service
@Order(31)
class RolesOnProfile implements ProfileSection {

    private final RoleAdministration roles;
    private final OrganisationService organisations;

    RolesOnProfile(RoleAdministration roles, OrganisationService organisations) {
        this.roles = roles;
        this.organisations = organisations;
    }

    @Override
    public Component create(Member member) {
        if (!CurrentUser.isAdmin() || !roles.hasAccount(member.getId())) {
            Div none = new Div();
            none.setVisible(false);
            return none;
        }
        return new RolesPanel(roles, organisations, member);
    }
}
