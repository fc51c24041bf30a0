package org.qcommons.governance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.qcommons.governance.StvCount.Paper;
import org.qcommons.governance.StvCount.Sheet;
import org.qcommons.governance.StvCount.StageKind;

/**
 * The count against published examples of STV under the Scottish Local Government Elections Order 2007 rules
 * (SSI 2007/42, schedule 1, rules 45-52). Figures are in hundred-thousandths of a vote, as rule 48(3) counts.
 */
class StvCountTest {

    private static Paper p(int count, String... prefs) {
        return new Paper(List.of(prefs), count);
    }

    private static long v(String votes) {
        return Math.round(Double.parseDouble(votes) * StvCount.SCALE);
    }

    /**
     * Source: Wikipedia, "Single transferable vote", section "Example" (the food election: 20 voters, 3 places,
     * Droop quota 6). Published stages: Chocolate elected with 12; its surplus of 6 gives Strawberries 4 and
     * Sweets 2; Pears excluded, Oranges reach 6; Sweets excluded; Strawberries take the last place.
     */
    @Test
    void wikipediaFoodElection() {
        List<String> c = List.of("Oranges", "Pears", "Chocolate", "Strawberries", "Sweets");
        Sheet s = StvCount.count(
                c,
                3,
                List.of(
                        p(4, "Oranges"),
                        p(2, "Pears", "Oranges"),
                        p(8, "Chocolate", "Strawberries"),
                        p(4, "Chocolate", "Sweets"),
                        p(1, "Strawberries"),
                        p(1, "Sweets")),
                1);

        assertThat(s.validPapers()).isEqualTo(20);
        assertThat(s.quota()).isEqualTo(v("6"));
        assertThat(s.stages()).hasSize(4);
        assertThat(s.stages().get(0).totals().values()).containsExactly(v("4"), v("2"), v("12"), v("1"), v("1"));
        assertThat(s.stages().get(0).elected()).containsExactly("Chocolate");
        assertThat(s.stages().get(1).kind()).isEqualTo(StageKind.SURPLUS);
        assertThat(s.stages().get(1).changes())
                .containsEntry("Strawberries", v("4"))
                .containsEntry("Sweets", v("2"))
                .containsEntry("Chocolate", -v("6"));
        assertThat(s.stages().get(1).totals().values()).containsExactly(v("4"), v("2"), v("6"), v("5"), v("3"));
        assertThat(s.stages().get(2).excluded()).containsExactly("Pears");
        assertThat(s.stages().get(2).totals()).containsEntry("Oranges", v("6"));
        assertThat(s.stages().get(2).elected()).containsExactly("Oranges");
        assertThat(s.stages().get(3).excluded()).containsExactly("Sweets");
        assertThat(s.stages().get(3).nonTransferable()).isEqualTo(v("3"));
        assertThat(s.stages().get(3).elected()).containsExactly("Strawberries");
        assertThat(s.elected()).containsExactly("Chocolate", "Oranges", "Strawberries");
    }

    /**
     * Source: OpaVote, "A plain English explanation of Scottish STV" (blog.opavote.com, November 2016): 60 voters,
     * 3 seats, quota 16. Alice and Bob are elected at the first stage; their surpluses, transferred at values
     * truncated to five decimal places (12/28 = 0.42857, 10/26 = 0.38461), elect Chris, and the truncation
     * leaves 0.00018 of a vote non-transferable.
     */
    @Test
    void opaVoteScottishExample() {
        Sheet s = StvCount.count(
                List.of("Alice", "Bob", "Chris", "Don", "Eric"),
                3,
                List.of(
                        p(28, "Alice", "Bob", "Chris"),
                        p(26, "Bob", "Alice", "Chris"),
                        p(3, "Chris"),
                        p(2, "Don"),
                        p(1, "Eric")),
                1);

        assertThat(s.quota()).isEqualTo(v("16"));
        assertThat(s.stages().get(0).elected()).containsExactly("Alice", "Bob");
        assertThat(s.stages().get(1).subject()).isEqualTo("Alice");
        assertThat(s.stages().get(1).changes()).containsEntry("Chris", v("11.99996"));
        assertThat(s.stages().get(1).totals()).containsEntry("Chris", v("14.99996"));
        assertThat(s.stages().get(1).nonTransferable()).isEqualTo(v("0.00004"));
        assertThat(s.stages().get(2).subject()).isEqualTo("Bob");
        assertThat(s.stages().get(2).totals()).containsEntry("Chris", v("24.99982"));
        assertThat(s.stages().get(2).elected()).containsExactly("Chris");
        assertThat(s.stages().get(2).nonTransferable()).isEqualTo(v("0.00018"));
        assertThat(s.elected()).containsExactly("Alice", "Bob", "Chris");
        assertThat(s.stages()).hasSize(3);
    }

    /**
     * Rule 46 against published quotas: BBC News, "How the Scottish council election votes are counted" (2017):
     * 5,000 votes, 4 councillors, quota 1,001; Highland Council candidate's page for Cromarty Firth ward
     * (saltire.net): 4,000 votes, 4 councillors, 801; stv.vote reports of the May 2022 Scottish council
     * elections: Hawick and Denholm 3,271 votes, 3 seats, 818; Thurso and Northwest Caithness 5,139, 4 seats, 1,028;
     * Speyside Glenlivet 3,337, 3 seats, 835.
     */
    @Test
    void publishedQuotas() {
        assertThat(quotaFor(5000, 4)).isEqualTo(1001);
        assertThat(quotaFor(4000, 4)).isEqualTo(801);
        assertThat(quotaFor(3271, 3)).isEqualTo(818);
        assertThat(quotaFor(5139, 4)).isEqualTo(1028);
        assertThat(quotaFor(3337, 3)).isEqualTo(835);
    }

    private static long quotaFor(int votes, int seats) {
        List<Paper> papers = new ArrayList<>();
        papers.add(p(votes / 2, "A", "B"));
        papers.add(p(votes - votes / 2, "B", "A"));
        return StvCount.count(List.of("A", "B", "C", "D", "E", "F"), seats, papers, 1)
                        .quota()
                / StvCount.SCALE;
    }

    /** Rule 51(2): equal lowest totals are separated by the most recent earlier stage at which they differed. */
    @Test
    void exclusionTieLooksBackToTheLatestStageWithUnequalTotals() {
        Sheet s = StvCount.count(
                List.of("Bea", "Cal", "Dee", "Eli"),
                1,
                List.of(p(4, "Bea"), p(3, "Cal"), p(5, "Dee"), p(1, "Eli", "Cal")),
                1);

        assertThat(s.quota()).isEqualTo(v("7"));
        assertThat(s.stages().get(1).excluded()).containsExactly("Eli");
        assertThat(s.stages().get(1).totals()).containsEntry("Bea", v("4")).containsEntry("Cal", v("4"));
        assertThat(s.stages().get(2).excluded()).containsExactly("Cal");
        assertThat(s.stages().get(2).note()).contains("broken by the totals at stage 1");
        assertThat(s.stages().get(2).nonTransferable()).isEqualTo(v("4"));
        // Rule 52: with one continuing candidate for one vacancy, Dee is elected without reaching the quota.
        assertThat(s.elected()).containsExactly("Dee");
        assertThat(s.stages().getLast().elected()).containsExactly("Dee");
    }

    /** Rule 51(2)(b): equal at every stage, the lot decides; the recorded seed makes a recount draw the same. */
    @Test
    void aTieAtEveryStageIsDecidedByLotAndTheSameSeedDrawsTheSame() {
        List<Paper> papers = List.of(p(2, "Ann"), p(2, "Ben"), p(3, "Col"));
        Set<String> excludedAcrossSeeds = new HashSet<>();
        for (long seed = 0; seed < 40; seed++) {
            Sheet s = StvCount.count(List.of("Ann", "Ben", "Col"), 1, papers, seed);
            Sheet again = StvCount.count(List.of("Ann", "Ben", "Col"), 1, papers, seed);
            assertThat(again).isEqualTo(s);
            assertThat(s.stages().get(1).note()).contains("decided by lot");
            excludedAcrossSeeds.add(s.stages().get(1).excluded().getFirst());
        }
        assertThat(excludedAcrossSeeds).containsExactlyInAnyOrder("Ann", "Ben");
    }

    @Test
    void papersWithNoPreferenceForACandidateAreNotValid() {
        Sheet s = StvCount.count(List.of("Ann", "Ben"), 1, List.of(p(3, "Ann"), p(2, "Ben"), p(4, "Zed")), 1);
        assertThat(s.validPapers()).isEqualTo(5);
        assertThat(s.elected()).containsExactly("Ann");
    }

    @Test
    void votesAreShownToFiveDecimalPlaces() {
        assertThat(Sheet.votes(v("24.99982"))).isEqualTo("24.99982");
        assertThat(Sheet.votes(v("6"))).isEqualTo("6.00000");
    }
}
