package org.qcommons.app.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.qcommons.base.demo.DemoAccounts;
import org.qcommons.testsupport.KaribuTest;

/** Each demo role's home page shows that role's own waiting items from the demo data, each one click away. */
class HomeViewKT extends KaribuTest {

    private static List<String> taskLinks() {
        Section needs = _get(Section.class, spec -> spec.withId("what-needs-you"));
        return _find(needs, ListItem.class).stream()
                .flatMap(li -> _find(li, Anchor.class).stream())
                .map(Anchor::getHref)
                .toList();
    }

    private static List<String> taskKinds() {
        Section needs = _get(Section.class, spec -> spec.withId("what-needs-you"));
        return _find(needs, ListItem.class).stream()
                .map(li -> li.getElement().getAttribute("data-kind"))
                .toList();
    }

    private static String navCount() {
        return _get(Span.class, spec -> spec.withId("open-task-count")).getText();
    }

    @Test
    void theMemberSeesTheConcordatInvitationTheBuddyProposalAndTheMeeting() {
        signInAs(DemoAccounts.MEMBER);
        navigateTo("", LandingView.class);
        assertThat(taskKinds()).contains("exchange.invited", "buddying.proposal", "meetings.invitation");
        assertThat(taskLinks()).anyMatch(l -> l.startsWith("exchange/exchanges/"));
        assertThat(taskLinks()).anyMatch(l -> l.startsWith("buddying/pair/"));
        assertThat(taskLinks()).anyMatch(l -> l.startsWith("meetings/"));
        assertThat(navCount()).isEqualTo(String.valueOf(taskKinds().size()));
        Section work = _get(Section.class, spec -> spec.withId("your-work"));
        assertThat(_find(work, Anchor.class))
                .extracting(Anchor::getHref)
                .anyMatch(l -> l.startsWith("groups/"))
                .anyMatch(l -> l.startsWith("projects/"));
        // The anonymous pitch is gone for members.
        assertThat(_find(Paragraph.class)).noneMatch(p -> p.getText().startsWith("Q Commons is where"));
    }

    @Test
    void theCoordinatorSeesTheReleaseToDecideAndTheDaysToConfirm() {
        signInAs(DemoAccounts.COORDINATOR);
        navigateTo("", LandingView.class);
        assertThat(taskKinds()).contains("exchange.accepted", "exchange.days_logged");
        assertThat(taskKinds()).doesNotContain("exchange.invited");
    }

    @Test
    void theCoordinatorsWorkListsTheExchangesTheirOrganisationLendsOrHosts() {
        signInAs(DemoAccounts.COORDINATOR);
        navigateTo("", LandingView.class);
        Section work = _get(Section.class, spec -> spec.withId("your-work"));
        assertThat(_find(work, Anchor.class))
                .anyMatch(a -> a.getHref().startsWith("exchange/exchanges/")
                        && a.getText().contains("your organisation"));
    }

    @Test
    void thePatientSeesTheirActionAndTheMeeting() {
        signInAs(DemoAccounts.PATIENT);
        navigateTo("", LandingView.class);
        assertThat(taskKinds()).contains("meetings.action", "meetings.invitation");
        assertThat(taskKinds()).doesNotContain("buddying.proposal", "exchange.accepted");
    }

    @Test
    void theConvenorSeesTheirActionAndTheMeeting() {
        signInAs(DemoAccounts.CONVENOR);
        navigateTo("", LandingView.class);
        assertThat(taskKinds()).contains("meetings.action", "meetings.invitation");
        assertThat(taskKinds()).doesNotContain("security.join-requests");
    }

    @Test
    void theAdminSeesRequestsToJoin() {
        signInAs(DemoAccounts.ADMIN);
        navigateTo("", LandingView.class);
        assertThat(taskKinds()).contains("security.join-requests");
        assertThat(taskLinks()).contains("admin/registrations");
    }

    @Test
    void aCoordinatorWithNothingWaitingSeesAFriendlyEmptyStateAndNoCount() {
        signInAs(DemoAccounts.COORDINATOR2);
        navigateTo("", LandingView.class);
        assertThat(_get(Paragraph.class, spec -> spec.withId("no-tasks")).getText())
                .startsWith("Nothing needs you");
        assertThat(_find(Span.class, spec -> spec.withId("open-task-count"))).isEmpty();
    }

    @Test
    void anonymousVisitorsKeepTheLanding() {
        anonymous();
        navigateTo("", LandingView.class);
        assertThat(_find(Section.class, spec -> spec.withId("what-needs-you"))).isEmpty();
        assertThat(_find(Paragraph.class)).anyMatch(p -> p.getText().startsWith("Q Commons is where"));
    }
}
