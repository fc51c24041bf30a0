package org.qcommons.buddying.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._get;
import static com.github.mvysny.kaributesting.v10.GridKt._getCellComponent;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt._fireConfirm;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.qcommons.base.demo.DemoAccounts;
import org.qcommons.base.security.Role;
import org.qcommons.base.security.SystemRunner;
import org.qcommons.buddying.BuddyFixtures;
import org.qcommons.buddying.BuddyMatchService;
import org.qcommons.buddying.BuddyMode;
import org.qcommons.buddying.BuddyPairService;
import org.qcommons.buddying.BuddyService;
import org.qcommons.buddying.PairStatus;
import org.qcommons.buddying.Suggestion;
import org.qcommons.organisations.OrganisationService;
import org.qcommons.people.Member;
import org.qcommons.people.MemberService;
import org.qcommons.skills.SkillService;
import org.qcommons.testsupport.Fields;
import org.qcommons.testsupport.KaribuTest;
import org.springframework.beans.factory.annotation.Autowired;

/** Request, suggestion, accept and check-in through the views, then the note's privacy on screen. */
class BuddyingFlowKT extends KaribuTest {

    @Autowired
    BuddyService buddying;

    @Autowired
    BuddyMatchService matching;

    @Autowired
    BuddyPairService pairs;

    @Autowired
    MemberService members;

    @Autowired
    OrganisationService organisations;

    @Autowired
    SkillService skills;

    BuddyFixtures fx;

    @BeforeEach
    void fixtures() {
        fx = new BuddyFixtures(members, accountService, organisations, skills, buddying);
    }

    @Test
    void requestSuggestionAcceptAndCheckIn() {
        Member buddy = fx.experienced("Flow Buddy");
        Member newcomer = fx.newcomer("Flow Newcomer");
        fx.offer(buddy, 2, "Experience-based co-design", "Root cause analysis");

        signInAs(newcomer.getEmail());
        BuddyingView hub = navigateTo("buddying", BuddyingView.class);
        assertThat(_find(Div.class, spec -> spec.withId("buddy-callout"))).hasSize(1);
        _click(hub.askForBuddy);

        RequestView form = (RequestView) currentView();
        Fields.setValue(form.goals, "Co-design a new outpatient letter with patients");
        Fields.setValue(form.skills, Set.of(fx.skill("Experience-based co-design"), fx.skill("Root cause analysis")));
        Fields.setValue(form.preferredMode, BuddyMode.VIDEO);
        _click(form.save);

        SuggestionsView suggestions = (SuggestionsView) currentView();
        Grid<Suggestion> grid = suggestions.grid;
        int row = rowOf(grid, buddy.getId());
        assertThat(_get(grid, 0).score()).isGreaterThanOrEqualTo(_get(grid, row).score());
        assertThat(_get(grid, row).reasonsText())
                .contains(
                        "Skills overlap: Experience-based co-design, " + "Root cause analysis (+20)",
                        "Shared project topics: 0",
                        "Can meet by video call (+4)");
        _click((Button) _getCellComponent(grid, row, "ask"));
        _fireConfirm(_get(ConfirmDialog.class));
        PairView proposed = (PairView) currentView();
        assertThat(_find(proposed, Button.class, spec -> spec.withText("Accept")))
                .isEmpty();

        signInAs(buddy.getEmail());
        Long pairId = pairs.myPairs().getFirst().getId();
        PairView pairView = navigateTo("buddying/pair/" + pairId, PairView.class);
        _click(_get(pairView, Button.class, spec -> spec.withText("Accept")));
        assertThat(pairs.pair(pairId).orElseThrow().getStatus()).isEqualTo(PairStatus.ACTIVE);

        Fields.setValue(pairView.checkInForm.heldOn, LocalDate.now().plusDays(3));
        _click(pairView.checkInForm.record);
        assertThat(pairView.checkInForm.heldOn.isInvalid()).isTrue();
        assertThat(pairView.checkInForm.heldOn.getErrorMessage()).contains("cannot be in the future");

        Fields.setValue(pairView.checkInForm.heldOn, LocalDate.now());
        Fields.setValue(pairView.checkInForm.note, "Sketched the patient journey");
        _click(pairView.checkInForm.record);
        assertThat(_size(pairView.checkIns)).isEqualTo(1);
        assertThat(_get(pairView.checkIns, 0).getNote()).isEqualTo("Sketched the patient journey");

        signInAs(newcomer.getEmail());
        PairView newcomerView = navigateTo("buddying/pair/" + pairId, PairView.class);
        assertThat(_size(newcomerView.checkIns)).isEqualTo(1);

        signInAs(Role.ADMIN);
        PairView adminView = navigateTo("buddying/pair/" + pairId, PairView.class);
        assertThat(adminView.privacy.getText()).isEqualTo("1 check-in recorded. Their notes are private to the pair.");
        assertThat(_find(adminView, Grid.class)).isEmpty();

        Member outsider = fx.experienced("Flow Outsider");
        signInAs(outsider.getEmail());
        UI.getCurrent().navigate("buddying/pair/" + pairId);
        assertThat(currentView()).isNotInstanceOf(PairView.class);
    }

    @Test
    void theBuddyDeclinesWithAReasonAndTheNewcomerIsBackInTheQueue() {
        Member buddy = fx.experienced("Decline Buddy");
        Member newcomer = fx.newcomer("Decline Newcomer");
        fx.offer(buddy, 2, "Lean");
        var request = fx.request(newcomer, "Lean");
        var pair = fx.as(newcomer, () -> matching.propose(request.getId(), buddy.getId()));

        signInAs(buddy.getEmail());
        PairView view = navigateTo("buddying/pair/" + pair.getId(), PairView.class);
        _click(_get(view, Button.class, spec -> spec.withText("Decline")));
        DeclineDialog dialog = _get(DeclineDialog.class);
        _click(dialog.confirm);
        assertThat(dialog.reason.isInvalid()).isTrue();
        Fields.setValue(dialog.reason, "Away until spring");
        _click(dialog.confirm);

        assertThat(SystemRunner.asSystem(
                        () -> pairs.pair(pair.getId()).orElseThrow().getStatus()))
                .isEqualTo(PairStatus.DECLINED);
        signInAs(newcomer.getEmail());
        BuddyingView hub = navigateTo("buddying", BuddyingView.class);
        assertThat(_find(hub, Button.class, spec -> spec.withText("See suggested buddies")))
                .hasSize(1);
    }

    @Test
    void closingNeedsARatingAndThenAsksTheOtherSideForFeedback() {
        Member buddy = fx.experienced("Close Buddy");
        Member newcomer = fx.newcomer("Close Newcomer");
        fx.offer(buddy, 2, "Coaching");
        var request = fx.request(newcomer, "Coaching");
        var pair = fx.as(newcomer, () -> matching.propose(request.getId(), buddy.getId()));
        fx.as(buddy, () -> pairs.accept(pair.getId()));

        signInAs(newcomer.getEmail());
        PairView view = navigateTo("buddying/pair/" + pair.getId(), PairView.class);
        _click(_get(view, Button.class, spec -> spec.withText("Close pair")));
        FeedbackDialog dialog = _get(FeedbackDialog.class);
        _click(dialog.confirm);
        assertThat(dialog.rating.isInvalid()).isTrue();
        Fields.setValue(dialog.rating, 4);
        Fields.setValue(dialog.comment, "Kind and practical");
        _click(dialog.confirm);
        assertThat(SystemRunner.asSystem(
                        () -> pairs.pair(pair.getId()).orElseThrow().getStatus()))
                .isEqualTo(PairStatus.CLOSED);

        signInAs(buddy.getEmail());
        PairView buddyView = navigateTo("buddying/pair/" + pair.getId(), PairView.class);
        assertThat(_find(buddyView, Button.class, spec -> spec.withText("Leave feedback")))
                .hasSize(1);
        assertThat(_find(buddyView, Button.class, spec -> spec.withText("Resume")))
                .isEmpty();
    }

    @Test
    void aLongStandingMemberIsNotShownTheCalloutButCanStillAsk() {
        signInAs(DemoAccounts.CONVENOR);
        BuddyingView hub = navigateTo("buddying", BuddyingView.class);
        assertThat(_find(Div.class, spec -> spec.withId("buddy-callout"))).isEmpty();
        assertThat(hub.askForBuddy).isNotNull();
        assertThat(_find(hub, Button.class, spec -> spec.withText("Cohort match")))
                .hasSize(1);
    }

    @Test
    void thePatientDemoAccountIsInvitedProminently() {
        signInAs(DemoAccounts.PATIENT);
        navigateTo("buddying", BuddyingView.class);
        Div callout = _get(Div.class, spec -> spec.withId("buddy-callout"));
        assertThat(callout.getElement().getTextRecursively()).contains("Joining Q as a patient or carer?");
    }

    private static int rowOf(Grid<Suggestion> grid, Long memberId) {
        for (int i = 0; i < _size(grid); i++) {
            if (_get(grid, i).candidate().memberId().equals(memberId)) {
                return i;
            }
        }
        throw new AssertionError("Buddy " + memberId + " was not suggested");
    }
}
