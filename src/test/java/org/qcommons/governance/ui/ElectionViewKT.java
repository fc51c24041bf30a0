package org.qcommons.governance.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt._fireConfirm;
import static org.assertj.core.api.Assertions.assertThat;
import static org.qcommons.governance.GovernanceFixtures.as;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.qcommons.base.security.QUser;
import org.qcommons.governance.Candidate;
import org.qcommons.governance.Election;
import org.qcommons.governance.ElectionStatus;
import org.qcommons.governance.GovernanceFixtures;
import org.qcommons.meetings.ui.GroupView;
import org.qcommons.testsupport.Fields;
import org.qcommons.testsupport.KaribuTest;

/** The election page for a nominee, a voter, the convenor and an anonymous visitor; and the group page's tab. */
class ElectionViewKT extends KaribuTest {

    GovernanceFixtures fx;

    @BeforeEach
    void setUp() {
        fx = new GovernanceFixtures(applicationContext);
    }

    @Test
    void aMemberStandsWithAStatementAndSeesThemselvesAmongTheCandidates() {
        Election e = fx.openToday(1);
        QUser me = fx.member("Karibu Stander", fx.stp);
        signInAs(me);
        navigateTo("elections/" + e.getId(), ElectionView.class);
        NominationPanel panel = _get(NominationPanel.class);

        _click(panel.stand);
        assertThat(panel.fields.statement.isInvalid()).isTrue();
        assertThat(panel.fields.statement.getErrorMessage()).isEqualTo("Write a statement for the voters");

        Fields.setValue(panel.fields.statement, "I will bring the patient voice to every meeting.");
        Fields.setValue(panel.fields.interests, "Trustee of a local hospice charity");
        _click(panel.stand);

        assertThat(_find(H4.class).stream().map(H4::getText)).contains("Karibu Stander");
        assertThat(_find(Paragraph.class).stream().map(Paragraph::getText))
                .contains("Declared interests: Trustee of a local hospice charity");
        assertThat(_find(NominationPanel.class).getFirst().stand.isAttached()).isFalse();
    }

    @Test
    void aVoterRanksCandidatesWithButtonsAndCastsASecretBallot() {
        Election e = fx.openToday(1);
        fx.stand(fx.member("First Runner", fx.stp), e);
        fx.stand(fx.member("Second Runner", fx.stp), e);
        QUser voter = fx.member("Karibu Voter", fx.stp);
        as(fx.convenor, () -> fx.elections.startVoting(e.getId()));
        signInAs(voter);
        navigateTo("elections/" + e.getId(), ElectionView.class);
        BallotPanel ballot = _get(BallotPanel.class);
        assertThat(ballot.cast.isEnabled()).isFalse();
        assertThat(ballot.voted.getText()).isEqualTo("You have not voted yet.");

        _click(_get(Button.class, spec -> spec.withText("Rank Second Runner next")));
        _click(_get(Button.class, spec -> spec.withText("Rank First Runner next")));
        _click(_get(Button.class, spec -> spec.withAttribute("aria-label", "Move First Runner up")));
        assertThat(ballot.ranking)
                .extracting(c -> c.getMember().getFullName())
                .containsExactly("First Runner", "Second Runner");
        _click(ballot.cast);

        assertThat(ballot.voted.getText()).startsWith("Your ballot is recorded.");
        assertThat(ballot.receiptShown.getText()).matches("Your receipt: [0-9A-Z]{4}(-[0-9A-Z]{4}){5}\\. Keep it.*");
        String receipt = ballot.receipt.getValue();
        assertThat(fx.jdbc.queryForObject(
                        "SELECT COUNT(*) FROM gov_roll WHERE election_id = ? AND member_id = ?",
                        Long.class,
                        e.getId(),
                        voter.memberId()))
                .isEqualTo(1);

        // Back on the page, the voter gives their receipt and ranks again: the new ballot replaces the first.
        navigateTo("elections/" + e.getId(), ElectionView.class);
        BallotPanel again = _get(BallotPanel.class);
        assertThat(again.voted.getText()).startsWith("You have voted. To change your ballot");
        assertThat(again.receipt.isVisible()).isTrue();
        Fields.setValue(again.receipt, receipt);
        _click(_get(Button.class, spec -> spec.withText("Rank Second Runner next")));
        _click(again.cast);
        assertThat(again.voted.getText()).startsWith("Your ballot is recorded.");
        assertThat(fx.jdbc.queryForList(
                        "SELECT preferences FROM gov_ballot WHERE election_id = ?", String.class, e.getId()))
                .containsExactly(String.valueOf(again.ranking.getFirst().getId()));
        assertThat(fx.jdbc.queryForObject(
                        "SELECT ballots_cast FROM gov_roll WHERE election_id = ? AND member_id = ?",
                        Long.class,
                        e.getId(),
                        voter.memberId()))
                .isEqualTo(2);
    }

    @Test
    void votersAreToldThatACandidateHasLeftTheRegionSinceVotingOpened() {
        Election e = fx.openToday(1);
        QUser leaving = fx.member("Leaving Runner", fx.stp);
        fx.stand(leaving, e);
        fx.stand(fx.member("Staying Runner", fx.stp), e);
        QUser voter = fx.member("Reading Voter", fx.stp);
        as(fx.convenor, () -> fx.elections.startVoting(e.getId()));
        fx.moveTo(leaving, fx.elsewhereStp);
        signInAs(voter);
        navigateTo("elections/" + e.getId(), ElectionView.class);
        assertThat(_find(Paragraph.class).stream().map(Paragraph::getText))
                .containsOnlyOnce("Has left the region since voting opened. Still a candidate in this election: the"
                        + " ballot does not change once voting has opened.");
        assertThat(_find(Button.class).stream().map(Button::getText))
                .contains("Rank Leaving Runner next", "Rank Staying Runner next");
    }

    @Test
    void theConvenorRunsEachStepAndTheCountSheetIsPublishedForAnonymousVisitors() {
        Election e = fx.openToday(1);
        Candidate a = fx.stand(fx.member("Alpha Candidate", fx.stp), e);
        Candidate b = fx.stand(fx.member("Beta Candidate", fx.stp), e);
        List<QUser> voters = fx.voters(3);
        QUser betaFan = fx.member("Beta Fan", fx.stp);
        signInAs(fx.convenor);
        ElectionView view = navigateTo("elections/" + e.getId(), ElectionView.class);
        step("Close nominations and open voting");
        assertThat(view.election.getStatus()).isEqualTo(ElectionStatus.VOTING);
        for (QUser v : voters) {
            as(v, () -> fx.ballots.cast(e.getId(), List.of(a.getId(), b.getId())));
        }
        as(betaFan, () -> fx.ballots.cast(e.getId(), List.of(b.getId())));
        fx.member("Joined During The Vote", fx.stp);
        view.build();
        // The convenor, two candidates, three voters and the fan were the region when voting opened.
        assertThat(_find(Paragraph.class).stream().map(Paragraph::getText))
                .contains("4 of the 7 members of the region when voting opened have voted.");
        step("Close voting");
        step("Count the votes");
        assertThat(_get(ResultPanel.class).sheetGrid.isAttached()).isTrue();
        step("Publish the results");
        assertThat(view.election.getStatus()).isEqualTo(ElectionStatus.PUBLISHED);
        assertThat(_get(AuditTrailPanel.class).grid.getListDataView().getItemCount())
                .isGreaterThanOrEqualTo(6);

        anonymous();
        navigateTo("elections/" + e.getId(), ElectionView.class);
        ResultPanel result = _get(ResultPanel.class);
        // Four ballots for one seat: quota 3, which Alpha reaches with three first preferences at stage 1.
        assertThat(_size(result.sheetGrid)).isEqualTo(3);
        assertThat(GridKt._getFormattedRow(result.sheetGrid, 0)).contains("Alpha Candidate", "3.00000");
        assertThat(_find(ManagePanel.class)).isEmpty();
        assertThat(_find(AuditTrailPanel.class)).isEmpty();

        navigateTo("groups/" + fx.group.getSlug() + "?tab=elections", GroupView.class);
        assertThat(_find(Paragraph.class).stream().map(Paragraph::getText))
                .anyMatch(t -> t.startsWith("Elected: Alpha Candidate"));
    }

    @Test
    void anonymousVisitorsCannotSeeAnElectionBeforeItsResultsArePublished() {
        Election e = fx.openToday(1);
        anonymous();
        UI.getCurrent().navigate("elections/" + e.getId());
        assertThat(currentView()).isNotInstanceOf(ElectionView.class);
        UI.getCurrent().navigate("elections/not-a-number");
        assertThat(currentView()).isNotInstanceOf(ElectionView.class);
    }

    @Test
    void aMemberOfAnotherRegionIsToldWhyTheyCannotTakePart() {
        Election e = fx.openToday(1);
        signInAs(fx.member("Far Away", fx.elsewhereStp));
        navigateTo("elections/" + e.getId(), ElectionView.class);
        assertThat(_find(NominationPanel.class)).isEmpty();
        assertThat(_find(Paragraph.class).stream().map(Paragraph::getText))
                .anyMatch(t -> t.startsWith("Only members of the " + fx.region.getName() + " region"));
    }

    private static void step(String label) {
        _click(_get(ManagePanel.class)
                .actions
                .getChildren()
                .map(Button.class::cast)
                .filter(b -> b.getText().equals(label))
                .findFirst()
                .orElseThrow());
        _fireConfirm(_get(ConfirmDialog.class));
    }
}
