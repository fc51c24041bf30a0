package org.qcommons.people.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.List;
import org.qcommons.base.security.CurrentUser;
import org.qcommons.organisations.Organisation;
import org.qcommons.organisations.OrganisationService;
import org.qcommons.organisations.ui.OrganisationDetailsDialog;
import org.qcommons.people.Member;
import org.qcommons.people.MemberService;

/** An organisation and, for signed-in members, its members who consented to be listed. */
@Route("organisations")
@AnonymousAllowed
public class OrganisationView extends VerticalLayout implements HasUrlParameter<Long>, HasDynamicTitle {

    private final OrganisationService organisations;
    private final MemberService members;
    private String title = "Organisation | Q Commons";

    public OrganisationView(OrganisationService organisations, MemberService members) {
        this.organisations = organisations;
        this.members = members;
    }

    @Override
    public void setParameter(BeforeEvent event, Long id) {
        Organisation o = organisations.organisation(id).orElseThrow(NotFoundException::new);
        title = o.getName() + " | Q Commons";
        removeAll();
        add(
                new H2(o.getName()),
                new Paragraph(o.getType().label() + " · " + o.getStp().getName() + " · "
                        + o.getRegion().getName()
                        + (o.getOdsCode() == null ? "" : " · ODS code " + o.getOdsCode())
                        + (o.isRetired() ? " · retired" : "")));
        if (CurrentUser.isSignedIn() && organisations.mayEditDetails(o.getId())) {
            add(new Button(
                    "Edit details",
                    e -> new OrganisationDetailsDialog(
                                    o,
                                    organisations,
                                    () -> UI.getCurrent().getPage().reload())
                            .open()));
        }
        add(new H3("Members"));
        if (!CurrentUser.isSignedIn()) {
            add(new Paragraph(
                    new Anchor("login", "Sign in"),
                    new Span(" to see the members of this organisation who have agreed to be listed.")));
            return;
        }
        List<Member> listed = members.consentingMembersOf(o.getId());
        if (listed.isEmpty()) {
            add(new Paragraph("No members of this organisation have agreed to be listed yet."));
            return;
        }
        UnorderedList list = new UnorderedList();
        listed.forEach(m -> list.add(new ListItem(
                new Anchor("people/" + m.getId(), m.getFullName()),
                new Span(m.getJobTitle() == null ? "" : " · " + m.getJobTitle()))));
        add(list);
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
