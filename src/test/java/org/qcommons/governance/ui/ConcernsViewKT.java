package org.qcommons.governance.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.qcommons.governance.GovernanceFixtures.as;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.textfield.TextArea;
import org.junit.jupiter.api.Test;
import org.qcommons.base.security.QUser;
import org.qcommons.base.security.SystemRunner;
import org.qcommons.governance.ConcernService;
import org.qcommons.governance.ConcernSubject;
import org.qcommons.governance.GovernanceFixtures;
import org.qcommons.meetings.DiscussionService;
import org.qcommons.meetings.SeatRole;
import org.qcommons.meetings.ui.GroupView;
import org.qcommons.people.ui.ProfileView;
import org.qcommons.testsupport.Fields;
import org.qcommons.testsupport.KaribuTest;

/** Raising a concern from a profile; the convenor's queue; the raiser reads the outcome. */
class ConcernsViewKT extends KaribuTest {

    @Test
    void aConcernRaisedFromAProfileIsClosedFromTheQueueAndTheRaiserSeesTheOutcome() {
        GovernanceFixtures fx = new GovernanceFixtures(applicationContext);
        QUser raiser = fx.member("Karibu Raiser", fx.stp);
        signInAs(raiser);
        navigateTo("people/" + fx.convenor.memberId(), ProfileView.class);
        _click(_get(Button.class, s -> s.withText("Raise a concern about this member's conduct")));
        RaiseConcernDialog dialog = _get(RaiseConcernDialog.class);
        _click(dialog.send);
        assertThat(dialog.reason.isInvalid()).isTrue();
        Fields.setValue(dialog.reason, "Talked over the patient representative at every item.");
        _click(dialog.send);
        assertThat(_find(RaiseConcernDialog.class)).isEmpty();

        signInAs(fx.convenor);
        navigateTo("concerns", ConcernsView.class);
        assertThat(_find(H4.class).stream().map(H4::getText))
                .anyMatch(t -> t.startsWith("Conduct of " + fx.convenor.displayName()));
        TextArea text = _find(TextArea.class).getFirst();
        Fields.setValue(text, "Discussed with the convenor; the group agreed ground rules for turn-taking.");
        _click(_find(Button.class, s -> s.withText("Close with this outcome")).getFirst());

        signInAs(raiser);
        navigateTo("concerns", ConcernsView.class);
        assertThat(_find(ListItem.class).stream().map(ListItem::getText))
                .anyMatch(t -> t.contains("Closed") && t.contains("agreed ground rules"));
        assertThat(_find(ConcernsView.class).getFirst().queue.isAttached()).isFalse();
        assertThat(as(
                        raiser,
                        () -> applicationContext.getBean(ConcernService.class).mine()))
                .singleElement()
                .satisfies(c -> assertThat(c.getSubjectType()).isEqualTo(ConcernSubject.CONDUCT));
    }

    @Test
    void aConcernRaisedFromAPostInTheThreadReachesTheQueue() {
        GovernanceFixtures fx = new GovernanceFixtures(applicationContext);
        QUser author = fx.member("Thread Author", fx.stp);
        QUser raiser = fx.member("Thread Reader", fx.stp);
        for (QUser q : new QUser[] {author, raiser}) {
            SystemRunner.asSystem(() -> fx.groups.addSeat(fx.group.getId(), q.memberId(), SeatRole.MEMBER, false));
        }
        as(
                author,
                () -> applicationContext
                        .getBean(DiscussionService.class)
                        .post(fx.group.getId(), null, "The other trust's data is rubbish."));

        signInAs(raiser);
        navigateTo("groups/" + fx.group.getSlug() + "?tab=discussion", GroupView.class);
        _click(_get(Button.class, s -> s.withText("Raise a concern")));
        RaiseConcernDialog dialog = _get(RaiseConcernDialog.class);
        Fields.setValue(dialog.reason, "Disrespectful about colleagues in another trust.");
        _click(dialog.send);

        signInAs(fx.convenor);
        navigateTo("concerns", ConcernsView.class);
        assertThat(_find(H4.class).stream().map(H4::getText))
                .anyMatch(t -> t.startsWith("Post by Thread Author in " + fx.group.getName()));
        assertThat(_find(Button.class, s -> s.withText("Hide the post pending review")))
                .isNotEmpty();
    }

    @Test
    void anonymousVisitorsCannotOpenTheConcernsPage() {
        anonymous();
        UI.getCurrent().navigate("concerns");
        assertThat(currentView()).isNotInstanceOf(ConcernsView.class);
    }
}
