package org.qcommons.buddying.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._get;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt._fireConfirm;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.qcommons.base.security.Role;
import org.qcommons.base.security.SystemRunner;
import org.qcommons.buddying.BuddyFixtures;
import org.qcommons.buddying.BuddyLoad;
import org.qcommons.buddying.BuddyMatchService;
import org.qcommons.buddying.BuddyMode;
import org.qcommons.buddying.BuddyOverviewService;
import org.qcommons.buddying.BuddyRequest;
import org.qcommons.buddying.BuddyService;
import org.qcommons.buddying.ProposedPair;
import org.qcommons.buddying.RequestStatus;
import org.qcommons.organisations.OrganisationService;
import org.qcommons.people.Member;
import org.qcommons.people.MemberService;
import org.qcommons.skills.SkillService;
import org.qcommons.testsupport.Fields;
import org.qcommons.testsupport.KaribuTest;
import org.springframework.beans.factory.annotation.Autowired;

class BuddyAdminViewsKT extends KaribuTest {

    @Autowired
    BuddyService buddying;

    @Autowired
    BuddyMatchService matching;

    @Autowired
    BuddyOverviewService overview;

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
    void membersCannotOpenTheOverviewOrTheCohortMatch() {
        signInAs(Role.MEMBER);
        assertThatThrownBy(() -> UI.getCurrent().navigate("buddying/overview"))
                .isInstanceOf(MockAccessDeniedException.class);
        assertThatThrownBy(() -> UI.getCurrent().navigate("buddying/cohort"))
                .isInstanceOf(MockAccessDeniedException.class);
    }

    @Test
    void theOverviewListsTheOldestWaitingRequestFirstAndEachBuddysLoad() {
        fx.request(fx.newcomer("Overview Newcomer"), "Lean");
        signInAs(Role.CONVENOR);
        BuddyOverviewView view = navigateTo("buddying/overview", BuddyOverviewView.class);

        int waiting = _size(view.waiting);
        assertThat(waiting)
                .isEqualTo(SystemRunner.asSystem(overview::countWaiting).intValue())
                .isGreaterThan(0);
        for (int i = 1; i < waiting; i++) {
            assertThat(_get(view.waiting, i - 1).getCreatedAt())
                    .isBeforeOrEqualTo(_get(view.waiting, i).getCreatedAt());
        }
        assertThat(_get(view.waiting, 0).getStatus()).isEqualTo(RequestStatus.WAITING);

        assertThat(_size(view.loads)).isGreaterThanOrEqualTo(15);
        for (int i = 0; i < _size(view.loads); i++) {
            BuddyLoad load = _get(view.loads, i);
            assertThat(load.load()).as(load.name()).isLessThanOrEqualTo(load.capacity());
        }
        assertThat(view.regions.getChildren().count()).isGreaterThan(0);
        assertThat(view.feedback.getElement().getTextRecursively()).contains("average", "out of 5");
    }

    @Test
    void theCohortMatchIsReviewedBeforeItIsSent() {
        Member buddy = fx.experienced("Cohort View Buddy");
        fx.offer(buddy, 2, "Teaching QI", "Data visualisation");
        BuddyRequest mine = fx.request(fx.newcomer("Cohort View Newcomer"), "Teaching QI", "Data visualisation");

        signInAs(Role.ADMIN);
        CohortMatchView view = navigateTo("buddying/cohort", CohortMatchView.class);
        assertThat(view.send.isEnabled()).isFalse();
        _click(view.run);
        int proposed = _size(view.grid);
        assertThat(proposed).isGreaterThan(0);
        assertThat(view.grid.getSelectedItems())
                .as("no pair is ticked for the coordinator")
                .isEmpty();
        assertThat(view.send.isEnabled()).isFalse();
        assertThat(SystemRunner.asSystem(
                        () -> buddying.request(mine.getId()).orElseThrow().getStatus()))
                .isEqualTo(RequestStatus.WAITING);

        Map<Long, Integer> perBuddy = new HashMap<>();
        Map<Long, Long> spare = new HashMap<>();
        SystemRunner.asSystem(overview::buddyLoads).forEach(l -> spare.put(l.memberId(), l.spare()));
        ProposedPair minePair = null;
        for (int i = 0; i < proposed; i++) {
            ProposedPair p = _get(view.grid, i);
            perBuddy.merge(p.buddyId(), 1, Integer::sum);
            if (p.requestId().equals(mine.getId())) {
                minePair = p;
            }
        }
        perBuddy.forEach((id, n) -> assertThat((long) n).isLessThanOrEqualTo(spare.get(id)));
        assertThat(minePair).isNotNull();

        view.grid.select(minePair);
        assertThat(view.send.getText()).isEqualTo("Send 1 proposal");
        _click(view.send);
        _fireConfirm(_get(ConfirmDialog.class));
        assertThat(view.summary.getText()).startsWith("1 proposal sent.");
        assertThat(SystemRunner.asSystem(
                        () -> buddying.request(mine.getId()).orElseThrow().getStatus()))
                .isEqualTo(RequestStatus.PROPOSED);
        List<ProposedPair> others =
                SystemRunner.asSystem(() -> matching.cohortMatch().pairs());
        assertThat(others).noneMatch(p -> p.requestId().equals(mine.getId()));
    }

    @Test
    void anOfferNeedsSkillsAndAWayToMeetAndIsSaved() {
        Member m = fx.experienced("Offer Form");
        signInAs(m.getEmail());
        OfferView view = navigateTo("buddying/offer", OfferView.class);
        assertThat(view.capacity.getValue()).isEqualTo(2);
        Fields.setValue(view.skills, Set.of());
        Fields.setValue(view.modes, Set.of());
        Fields.setValue(view.capacity, 9);
        _click(view.save);
        assertThat(currentView()).isInstanceOf(OfferView.class);
        assertThat(view.skills.getErrorMessage()).isEqualTo("Choose at least one skill you can help with");
        assertThat(view.modes.getErrorMessage()).isEqualTo("Choose at least one way to meet");
        assertThat(view.capacity.getErrorMessage()).contains("Six buddies");

        Fields.setValue(view.skills, Set.of(fx.skill("Lean")));
        Fields.setValue(view.modes, Set.of(BuddyMode.PHONE));
        Fields.setValue(view.capacity, 1);
        _click(view.save);
        assertThat(currentView()).isInstanceOf(BuddyingView.class);
        var saved = fx.as(m, () -> buddying.myOffer().orElseThrow());
        assertThat(saved.getCapacity()).isEqualTo(1);
        assertThat(saved.getModes()).containsExactly(BuddyMode.PHONE);
    }

    @Test
    void aRequestWithoutGoalsIsRefusedOnTheField() {
        Member m = fx.newcomer("Request Form");
        signInAs(m.getEmail());
        RequestView view = navigateTo("buddying/request", RequestView.class);
        _click(view.save);
        assertThat(currentView()).isInstanceOf(RequestView.class);
        assertThat(view.goals.isInvalid()).isTrue();
        assertThat(view.goals.getErrorMessage()).contains("what you would like a buddy to help you with");
    }
}
