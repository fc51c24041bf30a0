package org.qcommons.buddying;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.qcommons.base.BusinessException;
import org.qcommons.base.ConcurrentEditException;
import org.qcommons.base.demo.DemoAccounts;
import org.qcommons.base.security.SystemRunner;
import org.qcommons.notifications.Notification;
import org.qcommons.notifications.NotificationService;
import org.qcommons.organisations.OrganisationService;
import org.qcommons.people.Member;
import org.qcommons.people.MemberService;
import org.qcommons.security.AccountService;
import org.qcommons.skills.SkillService;
import org.qcommons.testsupport.IntegrationTestBase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;

class BuddyingIT extends IntegrationTestBase {

    @Autowired
    BuddyService buddying;

    @Autowired
    BuddyMatchService matching;

    @Autowired
    BuddyOverviewService overview;

    @Autowired
    BuddyPairService pairs;

    @Autowired
    BuddyNudges nudges;

    @Autowired
    NotificationService notifications;

    @Autowired
    MemberService members;

    @Autowired
    AccountService accounts;

    @Autowired
    OrganisationService organisations;

    @Autowired
    SkillService skills;

    @Autowired
    BuddyNudgeScheduler scheduler;

    BuddyFixtures fx;

    @BeforeEach
    void fixtures() {
        fx = new BuddyFixtures(members, accounts, organisations, skills, buddying);
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void requestSuggestionAcceptCheckInPauseResumeAndClose() {
        Member buddy = fx.experienced("Bea Buddy");
        Member newcomer = fx.newcomer("Nia Newcomer");
        fx.offer(buddy, 2, "PDSA cycles", "Human factors");
        BuddyRequest request = fx.request(newcomer, "PDSA cycles", "Human factors");

        fx.signInAs(newcomer);
        List<Suggestion> suggestions = matching.suggestionsFor(request.getId());
        Suggestion mine = suggestions.stream()
                .filter(s -> s.candidate().memberId().equals(buddy.getId()))
                .findFirst()
                .orElseThrow();
        assertThat(mine.reasonsText())
                .contains(
                        "Skills overlap: Human factors, PDSA cycles (+20)",
                        "Shared project topics: 0",
                        "Same STP (+8)",
                        "Spare capacity: 2 of 2 places free (+4)");
        assertThat(suggestions).isSortedAccordingTo((a, b) -> Integer.compare(b.score(), a.score()));

        BuddyPair pair = matching.propose(request.getId(), buddy.getId());
        assertThat(pair.getStatus()).isEqualTo(PairStatus.PROPOSED);
        assertThat(buddying.request(request.getId()).orElseThrow().getStatus()).isEqualTo(RequestStatus.PROPOSED);
        assertThatThrownBy(() -> pairs.accept(pair.getId())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> pairs.checkIn(pair.getId(), LocalDate.now(), BuddyMode.VIDEO, "too early"))
                .hasMessageContaining("has not accepted yet");

        fx.signInAs(buddy);
        assertThat(titles()).anyMatch(t -> t.startsWith("Would you be a buddy to " + newcomer.getFullName()));
        assertThat(pairs.accept(pair.getId()).getStatus()).isEqualTo(PairStatus.ACTIVE);
        assertThatThrownBy(() -> pairs.accept(pair.getId()))
                .isInstanceOf(BusinessException.class)
                .hasMessageContaining("this pair is active");

        fx.signInAs(newcomer);
        assertThat(titles()).contains(buddy.getFullName() + " is your buddy");
        assertThatThrownBy(() -> pairs.checkIn(pair.getId(), LocalDate.now().plusDays(1), BuddyMode.VIDEO, null))
                .hasMessageContaining("cannot be in the future");
        pairs.checkIn(pair.getId(), LocalDate.now().minusDays(1), BuddyMode.VIDEO, "Talked through my aim statement");
        assertThat(pairs.checkIns(pair.getId()))
                .extracting(CheckIn::getNote)
                .containsExactly("Talked through my aim statement");

        fx.signInAs(buddy);
        assertThat(pairs.checkIns(pair.getId())).hasSize(1);
        assertThat(titles()).contains(newcomer.getFullName() + " recorded a check-in");
        pairs.pause(pair.getId());
        assertThatThrownBy(() -> pairs.checkIn(pair.getId(), LocalDate.now(), BuddyMode.PHONE, null))
                .hasMessage("This pair is paused. Resume it before recording a check-in.");
        assertThatThrownBy(() -> pairs.pause(pair.getId())).hasMessageContaining("Only an active pair can be paused");
        pairs.resume(pair.getId());

        fx.signInAs(newcomer);
        assertThatThrownBy(() -> pairs.close(pair.getId(), 6, "great")).hasMessageContaining("from 1 (poor) to 5");
        assertThatThrownBy(() -> pairs.leaveFeedback(pair.getId(), 5, "early")).hasMessageContaining("close the pair");
        pairs.close(pair.getId(), 5, "Really helpful");
        assertThat(buddying.request(request.getId()).orElseThrow().getStatus()).isEqualTo(RequestStatus.CLOSED);
        assertThatThrownBy(() -> pairs.resume(pair.getId())).hasMessageContaining("this pair is closed");

        fx.signInAs(buddy);
        pairs.leaveFeedback(pair.getId(), 4, "Enjoyed it");
        assertThatThrownBy(() -> pairs.leaveFeedback(pair.getId(), 4, "again")).hasMessageContaining("already");

        fx.signInAs(DemoAccounts.CONVENOR);
        FeedbackSummary summary = overview.feedbackSummary();
        assertThat(summary.count()).isGreaterThanOrEqualTo(2);
        assertThat(summary.latestComments())
                .extracting(FeedbackSummary.Comment::comment)
                .contains("Really helpful", "Enjoyed it");
    }

    @Test
    void aDeclineNeedsAReasonAndReturnsTheNewcomerToTheQueue() {
        Member buddy = fx.experienced("Dee Decliner");
        Member newcomer = fx.newcomer("Quinn Queue");
        fx.offer(buddy, 2, "Lean");
        BuddyRequest request = fx.request(newcomer, "Lean");
        BuddyPair pair = fx.as(newcomer, () -> matching.propose(request.getId(), buddy.getId()));

        fx.signInAs(buddy);
        assertThatThrownBy(() -> pairs.decline(pair.getId(), "  ")).hasMessageContaining("Give a short reason");
        pairs.decline(pair.getId(), "Too busy until March");
        assertThatThrownBy(() -> pairs.accept(pair.getId())).hasMessageContaining("this pair is declined");

        fx.signInAs(newcomer);
        assertThat(buddying.request(request.getId()).orElseThrow().getStatus()).isEqualTo(RequestStatus.WAITING);
        assertThat(titles()).contains("Your buddy request is back in the queue");
        assertThat(matching.suggestionsFor(request.getId()))
                .noneMatch(s -> s.candidate().memberId().equals(buddy.getId()));
        assertThatThrownBy(() -> matching.propose(request.getId(), buddy.getId()))
                .hasMessageContaining("already declined");
    }

    @Test
    void aBuddyIsNeverProposedAboveCapacity() {
        Member buddy = fx.experienced("Cap Acity");
        Member first = fx.newcomer("First Newcomer");
        Member second = fx.newcomer("Second Newcomer");
        fx.offer(buddy, 1, "Statistics");
        BuddyRequest r1 = fx.request(first, "Statistics");
        BuddyRequest r2 = fx.request(second, "Statistics");

        fx.as(first, () -> matching.propose(r1.getId(), buddy.getId()));

        fx.signInAs(second);
        assertThat(matching.suggestionsFor(r2.getId()))
                .noneMatch(s -> s.candidate().memberId().equals(buddy.getId()));
        assertThatThrownBy(() -> matching.propose(r2.getId(), buddy.getId()))
                .isInstanceOf(BusinessException.class)
                .hasMessageContaining("no free place");
    }

    @Test
    void theCohortMatchRespectsCapacityAndSavesNothingUntilSent() {
        Member buddy = fx.experienced("Cohort Buddy");
        fx.offer(buddy, 1, "Spread and scale", "Evaluation");
        Member a = fx.newcomer("Cohort Alpha");
        Member b = fx.newcomer("Cohort Beta");
        BuddyRequest ra = fx.request(a, "Spread and scale", "Evaluation");
        BuddyRequest rb = fx.request(b, "Spread and scale");

        fx.signInAs(DemoAccounts.ADMIN);
        long waitingBefore = overview.countWaiting();
        CohortMatch match = matching.cohortMatch();
        assertThat(overview.countWaiting()).isEqualTo(waitingBefore);

        Map<Long, Long> spare = new HashMap<>();
        overview.buddyLoads().forEach(l -> spare.put(l.memberId(), l.spare()));
        Map<Long, Long> proposedPerBuddy = new HashMap<>();
        match.pairs().forEach(p -> proposedPerBuddy.merge(p.buddyId(), 1L, Long::sum));
        proposedPerBuddy.forEach((buddyId, n) ->
                assertThat(n).as("places used of buddy " + buddyId).isLessThanOrEqualTo(spare.get(buddyId)));
        assertThat(match.pairs())
                .extracting(ProposedPair::requestId)
                .doesNotHaveDuplicates()
                .contains(ra.getId(), rb.getId());
        assertThat(match.pairs().size() + match.unmatched().size()).isEqualTo((int) waitingBefore);

        List<ProposedPair> reviewed = match.pairs().stream()
                .filter(p -> p.requestId().equals(ra.getId()) || p.requestId().equals(rb.getId()))
                .toList();
        SendResult result = matching.sendProposals(reviewed);
        assertThat(result.sent()).isEqualTo(2);
        assertThat(buddying.request(ra.getId()).orElseThrow().getStatus()).isEqualTo(RequestStatus.PROPOSED);
        assertThat(matching.sendProposals(reviewed).skipped())
                .hasSize(2)
                .allMatch(reason -> reason.contains("no longer waiting"));
    }

    @Test
    void checkInNotesStayPrivateToThePair() {
        Member buddy = fx.experienced("Pri Vate");
        Member newcomer = fx.newcomer("Con Fidential");
        Member outsider = fx.experienced("Out Sider");
        fx.offer(buddy, 2, "Coaching");
        BuddyRequest request = fx.request(newcomer, "Coaching");
        BuddyPair pair = fx.as(newcomer, () -> matching.propose(request.getId(), buddy.getId()));
        fx.as(buddy, () -> pairs.accept(pair.getId()));
        fx.as(buddy, () -> pairs.checkIn(pair.getId(), LocalDate.now(), BuddyMode.PHONE, "Private worries"));

        fx.signInAs(outsider);
        assertThat(pairs.checkIns(pair.getId())).isEmpty();
        assertThat(pairs.pair(pair.getId())).isEmpty();
        assertThatThrownBy(() -> pairs.checkIn(pair.getId(), LocalDate.now(), BuddyMode.PHONE, "x"))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> pairs.close(pair.getId(), 1, "x")).isInstanceOf(AccessDeniedException.class);

        fx.signInAs(DemoAccounts.ADMIN);
        assertThat(pairs.pair(pair.getId())).isPresent();
        assertThat(pairs.checkIns(pair.getId())).isEmpty();
        assertThat(pairs.checkInCount(pair.getId())).isEqualTo(1);
        assertThat(titles()).noneMatch(t -> t.contains("Private worries"));

        fx.signInAs(newcomer);
        assertThat(pairs.checkIns(pair.getId())).extracting(CheckIn::getNote).containsExactly("Private worries");
        assertThat(notifications.latest(20))
                .noneMatch(n -> String.valueOf(n.getBody()).contains("Private worries"));
    }

    @Test
    void quietPairsAreNudgedOnceEverySixWeeks() {
        Member buddy = fx.experienced("Nudge Buddy");
        Member newcomer = fx.newcomer("Nudge Newcomer");
        fx.offer(buddy, 2, "Facilitation");
        BuddyRequest request = fx.request(newcomer, "Facilitation");
        BuddyPair pair = fx.as(newcomer, () -> matching.propose(request.getId(), buddy.getId()));
        fx.as(buddy, () -> pairs.accept(pair.getId()));
        fx.as(buddy, () -> pairs.checkIn(pair.getId(), LocalDate.now(), BuddyMode.PHONE, null));

        String title = "Time for a buddy check-in with " + buddy.getFullName();
        SystemRunner.asSystem(() -> nudges.nudgeQuietPairs(LocalDate.now().plusDays(41)));
        assertThat(fx.as(newcomer, this::titles)).doesNotContain(title);

        int nudged = SystemRunner.asSystem(
                () -> nudges.nudgeQuietPairs(LocalDate.now().plusDays(42)));
        assertThat(nudged).isGreaterThanOrEqualTo(1);
        assertThat(fx.as(newcomer, this::titles)).containsOnlyOnce(title);
        assertThat(fx.as(buddy, this::titles)).contains("Time for a buddy check-in with " + newcomer.getFullName());

        SystemRunner.asSystem(() -> nudges.nudgeQuietPairs(LocalDate.now().plusDays(60)));
        assertThat(fx.as(newcomer, this::titles)).containsOnlyOnce(title);
        SystemRunner.asSystem(() -> nudges.nudgeQuietPairs(LocalDate.now().plusDays(84)));
        assertThat(fx.as(newcomer, this::titles).stream().filter(title::equals)).hasSize(2);

        fx.signInAs(newcomer);
        assertThatThrownBy(() -> nudges.nudgeQuietPairs(LocalDate.now())).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void oneOpenRequestAtATimeAndOnlyYourOwn() {
        Member newcomer = fx.newcomer("Only Once");
        Member other = fx.newcomer("Some One");
        BuddyRequest request = fx.request(newcomer, "Lean");
        assertThatThrownBy(() -> fx.request(newcomer, "Lean")).hasMessageContaining("already have an open request");

        fx.signInAs(other);
        assertThat(buddying.request(request.getId())).isEmpty();
        assertThatThrownBy(() -> matching.suggestionsFor(request.getId())).isInstanceOf(BusinessException.class);
        assertThatThrownBy(() -> matching.propose(request.getId(), other.getId()))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> matching.cohortMatch()).isInstanceOf(AccessDeniedException.class);

        fx.signInAs(newcomer);
        buddying.withdrawRequest(request.getId());
        assertThat(buddying.myOpenRequest()).isEmpty();
    }

    @Test
    void patientsAndRecentJoinersAreInvitedToRequest() {
        LocalDate today = LocalDate.of(2026, 11, 26);
        Member recent = new Member("Recent", "recent@x.test");
        recent.setJoinedQ(today.minusMonths(11));
        Member longAgo = new Member("Long ago", "long@x.test");
        longAgo.setJoinedQ(today.minusMonths(13));
        Member patient = new Member("Patient", "patient@x.test");
        patient.setJoinedQ(today.minusYears(3));
        patient.setPatientOrCarer(true);
        assertThat(BuddyService.invitedToRequest(recent, today)).isTrue();
        assertThat(BuddyService.invitedToRequest(longAgo, today)).isFalse();
        assertThat(BuddyService.invitedToRequest(patient, today)).isTrue();
    }

    @Test
    void theDailyJobRunsAsTheSystemWithNoOneSignedIn() {
        SecurityContextHolder.clearContext();
        scheduler.nudge();
        assertThat(SecurityContextHolder.getContext().getAuthentication()).isNull();
    }

    @Test
    void aStaleOfferIsRefusedAsAConcurrentEdit() {
        Member buddy = fx.experienced("Stale Offer");
        fx.offer(buddy, 2, "Lean");
        fx.signInAs(buddy);
        BuddyOffer mine = buddying.myOffer().orElseThrow();
        BuddyOffer other = buddying.myOffer().orElseThrow();
        other.setCapacity(3);
        buddying.saveOffer(other);
        mine.setCapacity(1);
        assertThatThrownBy(() -> buddying.saveOffer(mine)).isInstanceOf(ConcurrentEditException.class);
        assertThat(buddying.myOffer().orElseThrow().getCapacity()).isEqualTo(3);
    }

    private List<String> titles() {
        return notifications.latest(50).stream().map(Notification::getTitle).toList();
    }
}
