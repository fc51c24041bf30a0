package org.qcommons.exchange;

import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.qcommons.skills.SkillLevel;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Aggregates and pre-filters written in SQL: they read many rows and return few, which JPA would do slowly.
 * Package-private, called only by this feature's services.
 */
@Component
class ExchangeQueries {

    private static final String LEVEL_ORDER = "'LEARNING','PRACTITIONER','EXPERIENCED','CAN_TEACH'";

    private final NamedParameterJdbcTemplate jdbc;

    ExchangeQueries(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    static LocalDate quarterStart(LocalDate day) {
        return LocalDate.of(day.getYear(), ((day.getMonthValue() - 1) / 3) * 3 + 1, 1);
    }

    /** Days given (confirmed) this quarter plus days agreed but not yet confirmed. */
    int committedThisQuarter(Long orgId, LocalDate today) {
        LocalDate start = quarterStart(today);
        Integer n = jdbc.queryForObject(
                """
                SELECT COALESCE((SELECT -SUM(le.days) FROM ledger_entry le
                                 JOIN concordat_exchange e ON e.id = le.exchange_id AND e.lender_org_id = le.organisation_id
                                 WHERE le.organisation_id = :org AND le.entry_date >= :start AND le.entry_date < :end), 0)
                     + COALESCE((SELECT SUM(COALESCE(e.days_logged, e.days_agreed)) FROM concordat_exchange e
                                 WHERE e.lender_org_id = :org AND e.state IN ('AGREED', 'DAYS_LOGGED')), 0)
                """,
                new MapSqlParameterSource("org", orgId).addValue("start", start).addValue("end", start.plusMonths(3)),
                Integer.class);
        return n == null ? 0 : n;
    }

    /** Signatories whose commitments this quarter have reached their cap. */
    List<Long> organisationsAtCap(LocalDate today) {
        LocalDate start = quarterStart(today);
        return jdbc.queryForList(
                """
                SELECT sg.organisation_id FROM concordat_signatory sg
                LEFT JOIN (SELECT le.organisation_id org, -SUM(le.days) d FROM ledger_entry le
                           JOIN concordat_exchange e ON e.id = le.exchange_id AND e.lender_org_id = le.organisation_id
                           WHERE le.entry_date >= :start AND le.entry_date < :end GROUP BY le.organisation_id) given
                       ON given.org = sg.organisation_id
                LEFT JOIN (SELECT e.lender_org_id org, SUM(COALESCE(e.days_logged, e.days_agreed)) d
                           FROM concordat_exchange e WHERE e.state IN ('AGREED', 'DAYS_LOGGED') GROUP BY e.lender_org_id) open
                       ON open.org = sg.organisation_id
                WHERE sg.lending_cap_days IS NOT NULL
                  AND COALESCE(given.d, 0) + COALESCE(open.d, 0) >= sg.lending_cap_days
                """, new MapSqlParameterSource("start", start).addValue("end", start.plusMonths(3)), Long.class);
    }

    /**
     * Candidates for a request: active, consenting members of other signatories not at their cap, who offer at least
     * one needed skill at no more than one level below the minimum, can be there (or work remotely when allowed),
     * and have not already been invited to it.
     */
    List<MatchScorer.CandidateFacts> candidates(
            Long requestId, Long hostOrgId, Long hostStpId, boolean remote, LocalDate today, LocalDate since) {
        List<Long> capped = new ArrayList<>(organisationsAtCap(today));
        capped.add(-1L);
        MapSqlParameterSource p = new MapSqlParameterSource("requestId", requestId)
                .addValue("host", hostOrgId)
                .addValue("stp", hostStpId)
                .addValue("remote", remote)
                .addValue("capped", capped);
        // One pass driven by the needed skills' index: a row per candidate and qualifying skill, grouped below.
        Map<Long, MatchScorer.CandidateFacts> found = new LinkedHashMap<>();
        Map<Long, Map<Long, SkillLevel>> levels = new HashMap<>();
        jdbc.query("""
                SELECT m.id, m.full_name, o.id AS org_id, o.name AS org_name, m.stp_id, st.region_id,
                       m.availability_days_per_quarter, m.works_remotely, m.can_travel, ms.skill_id, ms.level
                FROM expertise_request_skill rs
                JOIN member_skill ms ON ms.skill_id = rs.skill_id AND ms.offered = TRUE
                     AND FIELD(ms.level, %1$s) >= FIELD(rs.min_level, %1$s) - 1
                JOIN member m ON m.id = ms.member_id
                JOIN organisation o ON o.id = m.organisation_id
                JOIN concordat_signatory sg ON sg.organisation_id = o.id
                LEFT JOIN stp st ON st.id = m.stp_id
                WHERE rs.request_id = :requestId
                  AND m.status = 'ACTIVE' AND m.directory_consent = TRUE
                  AND o.id <> :host AND o.id NOT IN (:capped)
                  AND m.availability_days_per_quarter > 0
                  AND ((:remote = TRUE AND m.works_remotely = TRUE) OR m.can_travel = TRUE OR m.stp_id = :stp)
                  AND NOT EXISTS (SELECT 1 FROM concordat_exchange x WHERE x.request_id = :requestId AND x.member_id = m.id)
                """.formatted(LEVEL_ORDER), p, rs -> {
            long id = rs.getLong(1);
            found.computeIfAbsent(id, k -> {
                try {
                    return new MatchScorer.CandidateFacts(
                            id,
                            rs.getString(2),
                            rs.getLong(3),
                            rs.getString(4),
                            rs.getObject(5, Long.class),
                            rs.getObject(6, Long.class),
                            rs.getInt(7),
                            rs.getBoolean(8),
                            rs.getBoolean(9),
                            Map.of(),
                            0,
                            0);
                } catch (SQLException e) {
                    throw new IllegalStateException(e);
                }
            });
            levels.computeIfAbsent(id, k -> new HashMap<>()).put(rs.getLong(10), SkillLevel.valueOf(rs.getString(11)));
        });
        if (found.isEmpty()) {
            return List.of();
        }
        Map<Long, Integer> memberGiven = new HashMap<>();
        Map<Long, Integer> orgGiven = new HashMap<>();
        MapSqlParameterSource s = new MapSqlParameterSource("since", since);
        jdbc.query("""
                SELECT e.member_id, e.lender_org_id, -SUM(le.days) FROM ledger_entry le
                JOIN concordat_exchange e ON e.id = le.exchange_id AND e.lender_org_id = le.organisation_id
                WHERE le.entry_date >= :since GROUP BY e.member_id, e.lender_org_id
                """, s, rs -> {
            memberGiven.merge(rs.getLong(1), rs.getInt(3), Integer::sum);
            orgGiven.merge(rs.getLong(2), rs.getInt(3), Integer::sum);
        });
        return found.values().stream()
                .map(c -> new MatchScorer.CandidateFacts(
                        c.memberId(),
                        c.fullName(),
                        c.organisationId(),
                        c.organisationName(),
                        c.stpId(),
                        c.regionId(),
                        c.availabilityDaysPerQuarter(),
                        c.worksRemotely(),
                        c.canTravel(),
                        levels.get(c.memberId()),
                        memberGiven.getOrDefault(c.memberId(), 0),
                        orgGiven.getOrDefault(c.organisationId(), 0)))
                .toList();
    }

    /** Given, received and net per organisation between two dates (inclusive). */
    List<LedgerService.OrganisationBalance> organisationBalances(LocalDate from, LocalDate to) {
        return jdbc.query(
                """
                SELECT o.id, o.name, st.name,
                       COALESCE(-SUM(CASE WHEN le.organisation_id = e.lender_org_id THEN le.days END), 0) AS given,
                       COALESCE(SUM(CASE WHEN le.organisation_id = e.host_org_id THEN le.days END), 0) AS received
                FROM ledger_entry le
                JOIN concordat_exchange e ON e.id = le.exchange_id
                JOIN organisation o ON o.id = le.organisation_id
                JOIN stp st ON st.id = o.stp_id
                WHERE le.entry_date BETWEEN :from AND :to
                GROUP BY o.id, o.name, st.name
                HAVING given <> 0 OR received <> 0
                ORDER BY o.name
                """,
                new MapSqlParameterSource("from", from).addValue("to", to),
                (rs, i) -> new LedgerService.OrganisationBalance(
                        rs.getLong(1), rs.getString(2), rs.getString(3), rs.getInt(4), rs.getInt(5)));
    }

    /** Days each organisation of a pair gave the other; each pair once, smaller id first. */
    List<LedgerService.PairBalance> pairBalances(LocalDate from, LocalDate to) {
        return jdbc.query(
                """
                SELECT * FROM (
                    SELECT a.name AS a_name, b.name AS b_name,
                           COALESCE(SUM(CASE WHEN e.lender_org_id = a.id THEN -le.days END), 0) AS a_gave,
                           COALESCE(SUM(CASE WHEN e.lender_org_id = b.id THEN -le.days END), 0) AS b_gave
                    FROM ledger_entry le
                    JOIN concordat_exchange e ON e.id = le.exchange_id AND le.organisation_id = e.lender_org_id
                    JOIN organisation a ON a.id = LEAST(e.lender_org_id, e.host_org_id)
                    JOIN organisation b ON b.id = GREATEST(e.lender_org_id, e.host_org_id)
                    WHERE le.entry_date BETWEEN :from AND :to
                    GROUP BY a.id, a.name, b.id, b.name) pairs
                WHERE a_gave <> 0 OR b_gave <> 0
                ORDER BY ABS(a_gave - b_gave) DESC, a_name, b_name
                """,
                new MapSqlParameterSource("from", from).addValue("to", to),
                (rs, i) -> new LedgerService.PairBalance(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getInt(4)));
    }

    List<LedgerService.StpBalance> stpBalances(LocalDate from, LocalDate to) {
        return jdbc.query(
                """
                SELECT st.name, r.name,
                       COALESCE(-SUM(CASE WHEN le.organisation_id = e.lender_org_id THEN le.days END), 0) AS given,
                       COALESCE(SUM(CASE WHEN le.organisation_id = e.host_org_id THEN le.days END), 0) AS received
                FROM ledger_entry le
                JOIN concordat_exchange e ON e.id = le.exchange_id
                JOIN organisation o ON o.id = le.organisation_id
                JOIN stp st ON st.id = o.stp_id
                JOIN region r ON r.id = st.region_id
                WHERE le.entry_date BETWEEN :from AND :to
                GROUP BY st.id, st.name, r.name
                ORDER BY r.name, st.name
                """,
                new MapSqlParameterSource("from", from).addValue("to", to),
                (rs, i) -> new LedgerService.StpBalance(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getInt(4)));
    }

    /** The invariant: the sum over all entries, and the exchanges whose entries do not sum to zero. */
    LedgerService.Invariant invariant() {
        Integer total =
                jdbc.getJdbcTemplate().queryForObject("SELECT COALESCE(SUM(days), 0) FROM ledger_entry", Integer.class);
        List<Long> unbalanced = jdbc.getJdbcTemplate()
                .queryForList(
                        "SELECT exchange_id FROM ledger_entry GROUP BY exchange_id HAVING SUM(days) <> 0", Long.class);
        Integer entries = jdbc.getJdbcTemplate().queryForObject("SELECT COUNT(*) FROM ledger_entry", Integer.class);
        return new LedgerService.Invariant(total == null ? 0 : total, unbalanced, entries == null ? 0 : entries);
    }

    /**
     * Per STP and skill: how many live requests from the STP's organisations need the skill, against how many active
     * members in the STP offer it. Largest gaps first.
     */
    List<LedgerService.SkillGap> skillGaps(Long stpId) {
        return jdbc.query(
                """
                SELECT st.name, sk.name, COALESCE(req.n, 0) AS requested, COALESCE(off.n, 0) AS offered
                FROM stp st CROSS JOIN skill sk
                LEFT JOIN (SELECT o.stp_id, rs.skill_id, COUNT(*) n FROM expertise_request r
                           JOIN expertise_request_skill rs ON rs.request_id = r.id
                           JOIN organisation o ON o.id = r.requesting_org_id
                           WHERE r.status <> 'CANCELLED' GROUP BY o.stp_id, rs.skill_id) req
                       ON req.stp_id = st.id AND req.skill_id = sk.id
                LEFT JOIN (SELECT m.stp_id, ms.skill_id, COUNT(*) n FROM member_skill ms
                           JOIN member m ON m.id = ms.member_id
                           WHERE ms.offered = TRUE AND m.status = 'ACTIVE' GROUP BY m.stp_id, ms.skill_id) off
                       ON off.stp_id = st.id AND off.skill_id = sk.id
                WHERE (:stp IS NULL OR st.id = :stp) AND COALESCE(req.n, 0) > 0
                ORDER BY (COALESCE(req.n, 0) - COALESCE(off.n, 0)) DESC, st.name, sk.name
                """,
                new MapSqlParameterSource("stp", stpId),
                (rs, i) -> new LedgerService.SkillGap(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getInt(4)));
    }
}
