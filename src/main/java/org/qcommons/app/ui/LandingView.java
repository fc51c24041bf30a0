package org.qcommons.app.ui;

import static org.qcommons.app.ui.Wording.t;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.Map;
import org.qcommons.base.security.CurrentUser;
import org.qcommons.base.tasks.MemberTasks;
import org.qcommons.organisations.OrganisationService;
import org.qcommons.organisations.Region;
import org.qcommons.people.MemberService;
import org.qcommons.projects.ProjectFigures;
import org.qcommons.projects.RegisterQuery;
import org.qcommons.projects.RegisterQueryCodec;

/** What a visitor sees first: what Q Commons is for, and live figures from the register. */
@Route("")
@Menu(order = 0, icon = "vaadin:home", title = "Home")
@AnonymousAllowed
public class LandingView extends VerticalLayout implements HasDynamicTitle {

    public LandingView(
            MemberService members,
            OrganisationService organisations,
            ProjectFigures projectFigures,
            RegisterQueryCodec registerLinks,
            MemberTasks tasks) {
        addClassName("landing");
        var user = CurrentUser.get().filter(u -> u.memberId() != null);
        if (user.isPresent()) {
            // A member comes here to get on with what waits for them; the figures below stay for context.
            add(new MemberHome(user.get().displayName(), tasks.mine(), tasks.myWork()));
        } else {
            add(new H2(t("landing.heading")));
            add(new Paragraph(t("landing.intro")));
        }
        if (!CurrentUser.isSignedIn()) {
            add(new Paragraph(
                    new Anchor("login", t("landing.signIn")),
                    new Span(t("landing.or")),
                    new Anchor("register", t("landing.askToJoin")),
                    new Span(t("landing.ifMember"))));
        }
        FlexLayout figures = new FlexLayout();
        figures.addClassName("figures");
        figures.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        figures.add(
                figure("members", t("landing.members"), members.countActive()),
                figure("organisations", t("landing.organisations"), organisations.countOrganisations()));
        add(figures);

        add(new H3(t("landing.byRegion")));
        Map<String, Long> membersByRegion = members.activeByRegion();
        Map<String, Long> orgsByRegion = organisations.organisationsByRegion();
        Map<String, Long> projectsByRegion = projectFigures.projectsByRegion();
        FlexLayout regions = new FlexLayout();
        regions.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        regions.addClassName("figures");
        for (Region region : organisations.regions()) {
            Div card = new Div(
                    new H3(region.getName()),
                    new Paragraph(t("landing.regionMembers", membersByRegion.getOrDefault(region.getName(), 0L))),
                    new Paragraph(t("landing.regionOrganisations", orgsByRegion.getOrDefault(region.getName(), 0L))),
                    new Paragraph(new Anchor(
                            registerLinks.href(RegisterQuery.any().withRegion(region.getId())),
                            t("landing.regionProjects", projectsByRegion.getOrDefault(region.getName(), 0L)))));
            card.addClassName("figure-card");
            card.setId("region-" + region.getSlug());
            regions.add(card);
        }
        add(regions);
    }

    private static Div figure(String id, String label, long value) {
        Span number = new Span(String.format("%,d", value));
        number.addClassName("figure-number");
        Div card = new Div(number, new Span(" " + label));
        card.addClassName("figure-card");
        card.setId("figure-" + id);
        return card;
    }

    @Override
    public String getPageTitle() {
        return t("landing.pageTitle");
    }
}
