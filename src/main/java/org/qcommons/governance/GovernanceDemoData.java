package org.qcommons.governance;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.qcommons.base.demo.DemoAccounts;
import org.qcommons.base.demo.DemoData;
import org.qcommons.base.demo.DemoIds;
import org.qcommons.base.demo.DemoSeeder;
import org.qcommons.base.security.QUser;
import org.qcommons.base.security.Role;
import org.qcommons.base.security.SystemRunner;
import org.qcommons.meetings.GroupService;
import org.qcommons.meetings.MeetingGroup;
import org.qcommons.meetings.SeatHolder;
import org.qcommons.meetings.SeatRole;
import org.qcommons.people.Member;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Governance to look at: in the West of England group an election whose voting is open (the demo member may
 * vote); in the North East and North Cumbria group a published election with a three-stage STV count (a surplus,
 * then an exclusion), seat holders' declared interests and a concern in mediation. Everything goes through the
 * services, as the people concerned; only the dates of the finished election are moved back afterwards, because
 * the services rightly refuse nominations and ballots outside their dates. Its audit trail keeps the real times.
 */
@DemoData
class GovernanceDemoData implements DemoSeeder {

    static final String WEST_SLUG = "west-of-england-csg";
    static final String NORTH_EAST_SLUG = "north-east-and-north-cumbria-csg";
    private static final Set<String> DEMO_ACCOUNTS = Set.copyOf(DemoAccounts.FOUNDATION);
    private static final Logger LOG = LoggerFactory.getLogger(GovernanceDemoData.class);

    private final ElectionService elections;
    private final NominationService nominations;
    private final BallotService ballots;
    private final InterestService interests;
    private final ConcernService concerns;
    private final ElectionRepository electionRows;
    private final ElectorateRepository electorate;
    private final GroupService groups;

    GovernanceDemoData(
            ElectionService elections,
            NominationService nominations,
            BallotService ballots,
            InterestService interests,
            ConcernService concerns,
            ElectionRepository electionRows,
            ElectorateRepository electorate,
            GroupService groups) {
        this.elections = elections;
        this.nominations = nominations;
        this.ballots = ballots;
        this.interests = interests;
        this.concerns = concerns;
        this.electionRows = electionRows;
        this.electorate = electorate;
        this.groups = groups;
    }

    @Override
    public int order() {
        return 70;
    }

    @Override
    public void seed(DemoIds ids) {
        SystemRunner.asSystem(() -> {
            MeetingGroup west = groups.bySlug(WEST_SLUG).orElse(null);
            MeetingGroup north = groups.bySlug(NORTH_EAST_SLUG).orElse(null);
            if (west == null || north == null || electionRows.count() > 0) {
                return;
            }
            votingUnderWay(west);
            countedAndPublished(north);
            declarations(north);
            concern(north);
            LOG.info("Governance demo data seeded: 2 elections, declared interests, a concern");
        });
    }

    /** One seat, three candidates, a few ballots in; voting runs for another ten days. */
    private void votingUnderWay(MeetingGroup g) {
        LocalDate today = elections.today();
        List<Member> people = voters(g);
        Election e = elections.open(
                g.getId(),
                new ElectionForm(
                        "Patient and public seat, " + today.getYear(),
                        1,
                        SeatRole.PATIENT_REPRESENTATIVE,
                        today,
                        today,
                        today,
                        today.plusDays(10),
                        today.plusDays(30),
                        today.plusDays(30).plusYears(2)));
        List<Candidate> standing = new ArrayList<>();
        String[] statements = {
            "I care for my father and sit on our practice's patient group. I will make sure the group hears from"
                    + " carers before it decides.",
            "A former ward sister and now a volunteer with Healthwatch, I want our QI work to start from what"
                    + " patients tell us.",
            "I live with type 1 diabetes and co-designed our trust's transition clinic. I will report back to"
                    + " patients' groups after every meeting."
        };
        for (int i = 0; i < 3; i++) {
            Member m = people.get(i);
            String statement = statements[i];
            standing.add(as(m, () -> nominations.stand(e.getId(), statement, "None")));
        }
        elections.startVoting(e.getId());
        int[][] rankings = {{0, 1}, {1, 0, 2}, {0, 2}, {2, 0}, {0}, {1, 2}};
        cast(e, standing, people.subList(3, 3 + rankings.length), rankings);
        Election row = electionRows.findById(e.getId()).orElseThrow();
        row.setNominationsOpen(today.minusDays(24));
        row.setNominationsClose(today.minusDays(3));
        row.setVotingOpen(today.minusDays(2));
        electionRows.save(row);
    }

    /**
     * Two seats, four candidates and 41 ballots: the first candidate's surplus passes on at a fraction of a vote,
     * the last is excluded, and their transfers elect the second. Quota 14.
     */
    private void countedAndPublished(MeetingGroup g) {
        LocalDate today = elections.today();
        List<Member> people = voters(g);
        Election e = elections.open(
                g.getId(),
                new ElectionForm(
                        "Two member seats, " + today.getYear(),
                        2,
                        SeatRole.MEMBER,
                        today,
                        today,
                        today,
                        today,
                        today.plusDays(7),
                        today.plusDays(7).plusYears(2)));
        List<Candidate> standing = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            Member m = people.get(i);
            standing.add(as(
                    m,
                    () -> nominations.stand(
                            e.getId(),
                            "I lead improvement work in my organisation and will keep the group's work open to every"
                                    + " member.",
                            "None")));
        }
        elections.startVoting(e.getId());
        List<int[]> rankings = new ArrayList<>();
        repeat(rankings, 16, 0, 1);
        repeat(rankings, 3, 0, 2);
        repeat(rankings, 8, 1, 2);
        repeat(rankings, 7, 2, 1);
        repeat(rankings, 4, 3, 2);
        repeat(rankings, 3, 3, 1);
        cast(e, standing, people.subList(4, 4 + rankings.size()), rankings.toArray(int[][]::new));
        elections.closeVoting(e.getId());
        elections.count(e.getId());
        elections.publish(e.getId());
        Election row = electionRows.findById(e.getId()).orElseThrow();
        row.setNominationsOpen(today.minusDays(70));
        row.setNominationsClose(today.minusDays(50));
        row.setVotingOpen(today.minusDays(45));
        row.setVotingClose(today.minusDays(31));
        electionRows.save(row);
    }

    private void declarations(MeetingGroup g) {
        String[][] declared = {
            {"EMPLOYMENT", "Improvement advisor, North East and North Cumbria AHSN"},
            {"RESEARCH_FUNDING", "Co-applicant, NIHR-funded study of deprescribing in care homes"},
            {"MEMBERSHIP", "Trustee of a Teesside carers' charity"},
            {"SPONSORSHIP", "Conference fees paid by a medical devices company, March this year"},
        };
        List<Long> holders = groups.seats(g).stream()
                .map(SeatHolder::memberId)
                .filter(id -> id != null)
                .limit(declared.length)
                .toList();
        LocalDate today = elections.today();
        for (int i = 0; i < holders.size(); i++) {
            Member m = electorate.findById(holders.get(i)).orElseThrow();
            String[] d = declared[i];
            int years = i + 1;
            as(m, () -> interests.declare(InterestKind.valueOf(d[0]), d[1], today.minusYears(years)));
        }
    }

    private void concern(MeetingGroup g) {
        List<SeatHolder> seats = groups.seats(g);
        Member convenor = seats.stream()
                .filter(SeatHolder::convenor)
                .findFirst()
                .flatMap(s -> electorate.findById(s.memberId()))
                .orElseThrow();
        List<Member> people = voters(g);
        Member raiser = people.get(people.size() - 1);
        Member about = people.get(people.size() - 2);
        Concern c = as(
                raiser,
                () -> concerns.raise(
                        ConcernSubject.CONDUCT,
                        about.getId(),
                        "At the last open meeting they dismissed a patient representative's question as off topic"
                                + " twice.",
                        true));
        asConvenor(convenor, () -> {
            concerns.mediate(
                    c.getId(), "Spoke with both. Agreed to a facilitated conversation before the next meeting.");
            return null;
        });
    }

    /** The region's active members who are neither demo accounts nor seat holders, in a fixed order. */
    private List<Member> voters(MeetingGroup g) {
        Set<Long> seated = new java.util.HashSet<>();
        groups.seats(g).forEach(s -> seated.add(s.memberId()));
        return electorate.findElectorate(g.getRegion().getId()).stream()
                .filter(m -> !DEMO_ACCOUNTS.contains(m.getEmail()) && !seated.contains(m.getId()))
                .toList();
    }

    private void cast(Election e, List<Candidate> standing, List<Member> voters, int[][] rankings) {
        for (int i = 0; i < rankings.length; i++) {
            List<Long> ranking = new ArrayList<>();
            for (int c : rankings[i]) {
                ranking.add(standing.get(c).getId());
            }
            as(voters.get(i), () -> {
                ballots.cast(e.getId(), ranking);
                return null;
            });
        }
    }

    private static void repeat(List<int[]> into, int times, int... ranking) {
        for (int i = 0; i < times; i++) {
            into.add(ranking);
        }
    }

    private static <T> T as(Member m, Supplier<T> work) {
        return run(
                new QUser(null, m.getId(), m.getEmail(), "", m.getFullName(), EnumSet.of(Role.MEMBER), null, true),
                work);
    }

    private static <T> T asConvenor(Member m, Supplier<T> work) {
        return run(
                new QUser(
                        null,
                        m.getId(),
                        m.getEmail(),
                        "",
                        m.getFullName(),
                        EnumSet.of(Role.MEMBER, Role.CONVENOR),
                        null,
                        true),
                work);
    }

    private static <T> T run(QUser user, Supplier<T> work) {
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }
}
