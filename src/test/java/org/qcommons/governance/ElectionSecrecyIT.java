package org.qcommons.governance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.qcommons.governance.GovernanceFixtures.as;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.qcommons.base.security.QUser;
import org.qcommons.testsupport.IntegrationTestBase;

/**
 * Decision 132: with the whole database in hand while voting is open, nothing joins a ballot to the member who
 * cast it. Only the voter's receipt, which the database does not hold, leads to their ballot.
 */
class ElectionSecrecyIT extends IntegrationTestBase {

    @Test
    void withTheWholeDatabaseWhileVotingIsOpenNoBallotCanBeLinkedToItsVoter() {
        GovernanceFixtures fx = new GovernanceFixtures(applicationContext);
        Election e = fx.openToday(1);
        long a = fx.stand(fx.member("Secret A", fx.stp), e).getId();
        long b = fx.stand(fx.member("Secret B", fx.stp), e).getId();
        long c = fx.stand(fx.member("Secret C", fx.stp), e).getId();
        List<QUser> voters = fx.voters(8);
        as(fx.convenor, () -> fx.elections.startVoting(e.getId()));
        // Eight different rankings, so that each ballot could only be one voter's.
        List<List<Long>> rankings = List.of(
                List.of(a),
                List.of(b),
                List.of(c),
                List.of(a, b),
                List.of(b, a),
                List.of(c, a, b),
                List.of(b, c, a),
                List.of(a, c));
        Map<QUser, String> receipts = new LinkedHashMap<>();
        List<String> castInOrder = new ArrayList<>();
        for (int i = 0; i < voters.size(); i++) {
            List<Long> ranking = rankings.get(i);
            receipts.put(voters.get(i), as(voters.get(i), () -> fx.ballots.cast(e.getId(), ranking)));
            castInOrder.add(join(ranking));
        }
        assertThat(fx.jdbc.queryForObject("SELECT status FROM gov_election WHERE id = ?", String.class, e.getId()))
                .isEqualTo("VOTING");

        // The ballot table has the preferences, a random key and the receipt's hash; it refers to nothing but its
        // election.
        assertThat(fx.jdbc.queryForList(
                        "SELECT column_name FROM information_schema.columns WHERE table_schema = DATABASE()"
                                + " AND table_name = 'gov_ballot'",
                        String.class))
                .containsExactlyInAnyOrder("id", "election_id", "receipt_hash", "preferences");
        assertThat(fx.jdbc.queryForList(
                        "SELECT referenced_table_name FROM information_schema.key_column_usage WHERE table_schema ="
                                + " DATABASE() AND table_name = 'gov_ballot' AND referenced_table_name IS NOT NULL",
                        String.class))
                .containsExactly("gov_election");

        // No value in a ballot row is a value of the roll or of a voter's member row.
        Set<String> ballotValues = new HashSet<>(
                fx.jdbc.queryForList("SELECT id FROM gov_ballot WHERE election_id = ?", String.class, e.getId()));
        ballotValues.addAll(fx.jdbc.queryForList(
                "SELECT receipt_hash FROM gov_ballot WHERE election_id = ?", String.class, e.getId()));
        Set<String> voterValues = new HashSet<>(fx.jdbc.queryForList(
                "SELECT CONCAT(id, '') FROM gov_roll WHERE election_id = ?", String.class, e.getId()));
        for (QUser v : voters) {
            voterValues.add(String.valueOf(v.memberId()));
            voterValues.add(v.username());
        }
        assertThat(ballotValues).hasSize(16).doesNotContainAnyElementsOf(voterValues);

        // Neither the order of the rows nor their keys follow the order of voting, which the roll's ids do keep.
        // (Eight ballots land in casting order by chance once in 40,320 runs.)
        assertThat(fx.jdbc.queryForList(
                        "SELECT preferences FROM gov_ballot WHERE election_id = ? ORDER BY id",
                        String.class,
                        e.getId()))
                .containsExactlyInAnyOrderElementsOf(castInOrder)
                .isNotEqualTo(castInOrder);

        // The receipts are nowhere in the database: no table, log or outbox says which member holds which.
        List<String> forms = new ArrayList<>(receipts.values());
        receipts.values().forEach(r -> forms.add(BallotReceipts.normalise(r)));
        assertThat(tablesHolding(fx, String.join("|", forms))).isEmpty();
        assertThat(tablesHolding(fx, BallotReceipts.hash(receipts.get(voters.getFirst()))))
                .as("the same search does find what is stored: the receipt's hash, in the ballot table only")
                .containsExactly("gov_ballot");

        // The receipt, and only the receipt, leads to its ballot.
        for (int i = 0; i < voters.size(); i++) {
            String hash = BallotReceipts.hash(receipts.get(voters.get(i)));
            assertThat(fx.jdbc.queryForList(
                            "SELECT preferences FROM gov_ballot WHERE election_id = ? AND receipt_hash = ?",
                            String.class,
                            e.getId(),
                            hash))
                    .containsExactly(castInOrder.get(i));
        }
    }

    private static String join(List<Long> ranking) {
        return String.join(",", ranking.stream().map(String::valueOf).toList());
    }

    /** Every text column of every table in the schema, searched for any of the alternatives in the pattern. */
    private static List<String> tablesHolding(GovernanceFixtures fx, String pattern) {
        Map<String, List<String>> columns = new LinkedHashMap<>();
        fx.jdbc.query(
                "SELECT c.table_name, c.column_name FROM information_schema.columns c JOIN information_schema.tables t"
                        + " ON t.table_schema = c.table_schema AND t.table_name = c.table_name"
                        + " WHERE c.table_schema = DATABASE() AND t.table_type = 'BASE TABLE'"
                        + " AND c.data_type IN ('char', 'varchar', 'tinytext', 'text', 'mediumtext', 'longtext')",
                rs -> {
                    columns.computeIfAbsent(rs.getString(1), k -> new ArrayList<>())
                            .add(rs.getString(2));
                });
        assertThat(columns).containsKeys("gov_ballot", "gov_log", "notification");
        List<String> holding = new ArrayList<>();
        columns.forEach((table, cols) -> {
            String where = String.join(
                    " OR ", cols.stream().map(col -> "`" + col + "` REGEXP ?").toList());
            Object[] args = cols.stream().map(col -> pattern).toArray();
            Long n = fx.jdbc.queryForObject("SELECT COUNT(*) FROM `" + table + "` WHERE " + where, Long.class, args);
            if (n != null && n > 0) {
                holding.add(table);
            }
        });
        return holding;
    }
}
