package org.qcommons.governance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.qcommons.governance.GovernanceFixtures.as;

import org.junit.jupiter.api.Test;
import org.qcommons.base.BusinessException;
import org.qcommons.base.security.QUser;
import org.qcommons.base.security.SystemRunner;
import org.qcommons.meetings.DiscussionService;
import org.qcommons.meetings.Post;
import org.qcommons.meetings.SeatRole;
import org.qcommons.testsupport.IntegrationTestBase;
import org.springframework.security.access.AccessDeniedException;

/** A concern about a discussion post from raising to outcome: hidden pending review, replied, mediated, closed. */
class ConcernIT extends IntegrationTestBase {

    @Test
    void aPostIsHiddenPendingReviewTheRaiserIsToldTheOutcomeAndEveryStepIsKept() {
        GovernanceFixtures fx = new GovernanceFixtures(applicationContext);
        ConcernService concerns = applicationContext.getBean(ConcernService.class);
        DiscussionService discussion = applicationContext.getBean(DiscussionService.class);
        QUser author = fx.member("Post Author", fx.stp);
        QUser raiser = fx.member("Concerned Member", fx.stp);
        for (QUser q : new QUser[] {author, raiser}) {
            SystemRunner.asSystem(() -> fx.groups.addSeat(fx.group.getId(), q.memberId(), SeatRole.MEMBER, false));
        }
        Post post = as(author, () -> discussion.post(fx.group.getId(), null, "A post someone may object to."));

        Concern c = as(
                raiser,
                () -> concerns.raise(ConcernSubject.DISCUSSION_POST, post.getId(), "It names a patient.", true));
        assertThat(c.raiserShown()).isEqualTo("Confidential");
        assertThatThrownBy(() -> as(raiser, concerns::queue)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(author, () -> concerns.hide(c.getId(), "no")))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(as(fx.convenor, concerns::queue)).extracting(Concern::getId).contains(c.getId());

        as(fx.convenor, () -> concerns.hide(c.getId(), "It may identify a patient; under review."));
        assertThat(as(raiser, () -> discussion.thread(fx.group)))
                .extracting(Post::getId)
                .doesNotContain(post.getId());
        assertThat(as(author, () -> discussion.thread(fx.group)))
                .extracting(Post::getId)
                .contains(post.getId());
        assertThat(notices(fx, author, "Your post in " + fx.group.getName() + " is hidden pending review"))
                .isEqualTo(1);

        as(fx.convenor, () -> concerns.reply(c.getId(), "Thank you; we are looking at it."));
        as(fx.convenor, () -> concerns.mediate(c.getId(), "Spoke with the author, who agrees to reword."));
        as(fx.convenor, () -> concerns.close(c.getId(), "The author will repost without the detail.", false));
        assertThat(notices(fx, raiser, "A reply about your concern")).isEqualTo(1);
        assertThat(notices(fx, raiser, "Your concern has been closed")).isEqualTo(1);

        assertThat(as(fx.convenor, () -> concerns.notes(c.getId())))
                .extracting(ConcernNote::getKind)
                .containsExactly(
                        ConcernNote.Kind.RAISED,
                        ConcernNote.Kind.HIDDEN,
                        ConcernNote.Kind.REPLY,
                        ConcernNote.Kind.MEDIATION,
                        ConcernNote.Kind.CLOSED);
        assertThat(as(raiser, () -> concerns.notes(c.getId())))
                .extracting(ConcernNote::getKind)
                .doesNotContain(ConcernNote.Kind.MEDIATION);
        assertThat(as(raiser, concerns::mine))
                .extracting(Concern::getOutcome)
                .contains("The author will repost without the detail.");
        assertThatThrownBy(() -> as(fx.convenor, () -> concerns.reply(c.getId(), "again")))
                .isInstanceOf(BusinessException.class)
                .hasMessage("This concern is closed.");
    }

    @Test
    void aConcernAboutConductNeedsAReasonAndCannotBeAboutYourself() {
        GovernanceFixtures fx = new GovernanceFixtures(applicationContext);
        ConcernService concerns = applicationContext.getBean(ConcernService.class);
        QUser me = fx.member("Self Reporter", fx.stp);
        assertThatThrownBy(() -> as(me, () -> concerns.raise(ConcernSubject.CONDUCT, me.memberId(), "x", false)))
                .isInstanceOf(BusinessException.class)
                .hasMessage("You cannot raise a concern about yourself.");
        assertThatThrownBy(
                        () -> as(me, () -> concerns.raise(ConcernSubject.CONDUCT, fx.convenor.memberId(), " ", false)))
                .isInstanceOf(BusinessException.class)
                .hasMessage("Say why you are concerned.");
        Concern c = as(
                me,
                () -> concerns.raise(
                        ConcernSubject.CONDUCT, fx.convenor.memberId(), "Spoke over others repeatedly.", false));
        assertThat(c.getSubjectLabel()).startsWith("Conduct of Convenor");
        assertThatThrownBy(() -> as(me, () -> concerns.hide(c.getId(), "x"))).isInstanceOf(AccessDeniedException.class);
    }

    private static long notices(GovernanceFixtures fx, QUser who, String title) {
        return fx.jdbc.queryForObject(
                "SELECT COUNT(*) FROM notification WHERE recipient_id = ? AND title = ?",
                Long.class,
                who.memberId(),
                title);
    }
}
