package org.qcommons.meetings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.qcommons.meetings.MeetingsFixture.CONVENOR;
import static org.qcommons.meetings.MeetingsFixture.MEMBER;
import static org.qcommons.meetings.MeetingsFixture.OUTSIDER;
import static org.qcommons.meetings.MeetingsFixture.PATIENT;

import java.time.Clock;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.qcommons.base.BusinessException;
import org.qcommons.security.AccountService;
import org.qcommons.testsupport.IntegrationTestBase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/** A decision between meetings: proposed, answered with reasons, closed, recorded with a review date. */
class ProposalLifecycleIT extends IntegrationTestBase {

    @Autowired
    GroupService groups;

    @Autowired
    MeetingService meetings;

    @Autowired
    AgendaService agendaService;

    @Autowired
    ProposalService proposals;

    @Autowired
    AccountService accounts;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Clock clock;

    MeetingsFixture fx;

    @BeforeEach
    void setUp() {
        fx = new MeetingsFixture(groups, meetings, agendaService, accounts);
    }

    @Test
    void proposedAnsweredClosedAndRecordedAsADecision() {
        MeetingGroup g = fx.group(Visibility.PUBLIC);
        LocalDate today = LocalDate.now(clock);
        assertThatThrownBy(() -> fx.as(OUTSIDER, () -> proposals.propose(g.getId(), "T", "B", today.plusDays(3))))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> fx.as(MEMBER, () -> proposals.propose(g.getId(), "T", "B", today)))
                .isInstanceOf(BusinessException.class)
                .hasMessageContaining("closing date");
        Proposal p = fx.as(
                MEMBER,
                () -> proposals.propose(
                        g.getId(),
                        "Join the regional QI network",
                        "We join the network and share our register.",
                        today.plusDays(3)));

        fx.as(PATIENT, () -> proposals.respond(p.getId(), Stance.DISAGREE, "Too soon"));
        // A seat holder may change their answer while it is open: one response each.
        fx.as(PATIENT, () -> proposals.respond(p.getId(), Stance.AGREE, "Good for patients"));
        fx.as(MEMBER, () -> proposals.respond(p.getId(), Stance.ABSTAIN, "I proposed it"));
        assertThatThrownBy(() -> fx.as(MEMBER, () -> proposals.respond(p.getId(), Stance.AGREE, " ")))
                .isInstanceOf(BusinessException.class);
        assertThatThrownBy(() -> fx.as(OUTSIDER, () -> proposals.respond(p.getId(), Stance.BLOCK, "No")))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(fx.as(CONVENOR, () -> proposals.responses(p.getId())))
                .extracting(r -> r.getStance() + ": " + r.getReason())
                .containsExactlyInAnyOrder("AGREE: Good for patients", "ABSTAIN: I proposed it");
        assertThatThrownBy(() -> fx.as(OUTSIDER, () -> proposals.responses(p.getId())))
                .isInstanceOf(AccessDeniedException.class);

        // Recorded only after the close, by the convenor, with a review date.
        assertThatThrownBy(() -> fx.as(
                        CONVENOR,
                        () -> proposals.recordOutcome(
                                p.getId(), 0, ProposalOutcome.AGREED, "We join", today.plusMonths(6))))
                .isInstanceOf(BusinessException.class)
                .hasMessageContaining("after the proposal closes");
        jdbc.update("update mtg_proposal set closes_on = ? where id = ?", today.minusDays(1), p.getId());
        assertThatThrownBy(() -> fx.as(MEMBER, () -> proposals.respond(p.getId(), Stance.AGREE, "Late")))
                .isInstanceOf(BusinessException.class)
                .hasMessageContaining("closed");
        long version = fx.as(CONVENOR, () -> proposals.proposals(g)).get(0).getVersion();
        assertThatThrownBy(() -> fx.as(
                        MEMBER,
                        () -> proposals.recordOutcome(
                                p.getId(), version, ProposalOutcome.AGREED, "We join", today.plusMonths(6))))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> fx.as(
                        CONVENOR,
                        () -> proposals.recordOutcome(p.getId(), version, ProposalOutcome.AGREED, "We join", null)))
                .isInstanceOf(BusinessException.class)
                .hasMessageContaining("review date");
        fx.as(
                CONVENOR,
                () -> proposals.recordOutcome(
                        p.getId(),
                        version,
                        ProposalOutcome.AGREED,
                        "We join the regional QI network",
                        today.plusMonths(6)));

        // The decision then appears with the group's decisions, for anyone who can see the group.
        assertThat(fx.as(null, () -> proposals.decisions(g))).singleElement().satisfies(d -> {
            assertThat(d.getDecisionText()).isEqualTo("We join the regional QI network");
            assertThat(d.getReviewDate()).isEqualTo(today.plusMonths(6));
        });
    }

    @Test
    void aBlockedProposalCannotBeRecordedAsAgreed() {
        MeetingGroup g = fx.group(Visibility.MEMBERS);
        LocalDate today = LocalDate.now(clock);
        Proposal p = fx.as(
                MEMBER, () -> proposals.propose(g.getId(), "Move meetings online", "All online.", today.plusDays(1)));
        fx.as(PATIENT, () -> proposals.respond(p.getId(), Stance.BLOCK, "Not everyone has a computer"));
        jdbc.update("update mtg_proposal set closes_on = ? where id = ?", today.minusDays(1), p.getId());
        assertThatThrownBy(() -> fx.as(
                        CONVENOR,
                        () -> proposals.recordOutcome(
                                p.getId(), p.getVersion(), ProposalOutcome.AGREED, "Online", today.plusMonths(3))))
                .isInstanceOf(BusinessException.class)
                .hasMessageContaining("blocked");
        fx.as(
                CONVENOR,
                () -> proposals.recordOutcome(p.getId(), p.getVersion(), ProposalOutcome.NOT_AGREED, null, null));
        assertThat(fx.as(CONVENOR, () -> proposals.decisions(g))).isEmpty();
        assertThat(fx.as(null, () -> {
                    try {
                        return proposals.decisions(g);
                    } catch (AccessDeniedException e) {
                        return null;
                    }
                }))
                .isNull();
    }
}
