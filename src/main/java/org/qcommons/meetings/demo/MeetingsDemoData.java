package org.qcommons.meetings.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;
import org.qcommons.base.demo.DemoAccounts;
import org.qcommons.base.demo.DemoData;
import org.qcommons.base.demo.DemoIds;
import org.qcommons.base.demo.DemoIds.Kind;
import org.qcommons.base.demo.DemoSeeder;
import org.qcommons.base.security.QUser;
import org.qcommons.base.security.SystemRunner;
import org.qcommons.meetings.ActionItem;
import org.qcommons.meetings.ActionService;
import org.qcommons.meetings.ActionStatus;
import org.qcommons.meetings.AgendaItem;
import org.qcommons.meetings.AgendaService;
import org.qcommons.meetings.AttendanceService;
import org.qcommons.meetings.AttendanceStatus;
import org.qcommons.meetings.DecisionService;
import org.qcommons.meetings.DiscussionService;
import org.qcommons.meetings.GroupKind;
import org.qcommons.meetings.GroupService;
import org.qcommons.meetings.Meeting;
import org.qcommons.meetings.MeetingGroup;
import org.qcommons.meetings.MeetingService;
import org.qcommons.meetings.MinutesService;
import org.qcommons.meetings.SeatHolder;
import org.qcommons.meetings.SeatRole;
import org.qcommons.meetings.TermsOfReference;
import org.qcommons.meetings.TermsService;
import org.qcommons.meetings.Visibility;
import org.qcommons.organisations.OrganisationService;
import org.qcommons.organisations.Region;
import org.qcommons.people.Member;
import org.qcommons.people.MemberFilter;
import org.qcommons.people.MemberService;
import org.qcommons.security.AccountService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The three regional Commons Stewardship Groups of the pilot, with terms of reference under the report's
 * headings and a year of meetings: published minutes, a draft that is overdue, and meetings to come.
 */
@DemoData
public class MeetingsDemoData implements DemoSeeder {

    public static final String WEST_SLUG = "west-of-england-csg";
    public static final String SOUTH_WEST_SLUG = "south-west-csg";
    public static final String NORTH_EAST_SLUG = "north-east-and-north-cumbria-csg";

    static final String PRINCIPLES = String.join(
            "\n",
            "Transparency",
            "Thoughtful Collectivism",
            "Inclusivity, Diversity and Respect",
            "Connected but Independent",
            "Open Learning and Improvement",
            "Mature Management of Conflict",
            "Proportionate Accountability");

    private static final Logger log = LoggerFactory.getLogger(MeetingsDemoData.class);

    private final GroupService groups;
    private final MeetingService meetings;
    private final DiscussionService discussion;
    private final ActionService actionService;
    private final AgendaService agendaService;
    private final AttendanceService attendanceService;
    private final DecisionService decisionService;
    private final MinutesService minutesService;
    private final TermsService termsService;
    private final MemberService members;
    private final OrganisationService organisations;
    private final AccountService accounts;
    private final Clock clock;
    private final Random random = new Random(2018);

    MeetingsDemoData(
            GroupService groups,
            MeetingService meetings,
            DiscussionService discussion,
            MemberService members,
            OrganisationService organisations,
            AccountService accounts,
            ActionService actionService,
            AgendaService agendaService,
            AttendanceService attendanceService,
            DecisionService decisionService,
            MinutesService minutesService,
            TermsService termsService,
            Clock clock) {
        this.actionService = actionService;
        this.agendaService = agendaService;
        this.attendanceService = attendanceService;
        this.decisionService = decisionService;
        this.minutesService = minutesService;
        this.termsService = termsService;
        this.clock = clock;
        this.groups = groups;
        this.meetings = meetings;
        this.discussion = discussion;
        this.members = members;
        this.organisations = organisations;
        this.accounts = accounts;
    }

    @Override
    public int order() {
        return 50;
    }

    @Override
    public void seed(DemoIds ids) {
        SystemRunner.asSystem(() -> {
            if (groups.count() > 0 || organisations.regions().isEmpty()) {
                return;
            }
            long started = clock.millis();
            seedNow(ids);
            log.info("Meeting workspaces seeded in {} ms", clock.millis() - started);
        });
    }

    private void seedNow(DemoIds ids) {
        Member convenor = account(ids, DemoAccounts.CONVENOR);
        Member alex = account(ids, DemoAccounts.MEMBER);
        Member pat = account(ids, DemoAccounts.PATIENT);
        Member sam = account(ids, DemoAccounts.ADMIN);

        Region west = region(ids, "west-of-england");
        MeetingGroup we = group(
                ids,
                "West of England Commons Stewardship Group",
                WEST_SLUG,
                west,
                Visibility.PUBLIC,
                "The West of England's Q members steward their community: events, a skills register and a QI project register.");
        List<Member> weSeats = new ArrayList<>(List.of(convenor, alex, pat, sam));
        groups.addSeat(we.getId(), convenor.getId(), SeatRole.MEMBER, true);
        groups.addSeat(we.getId(), alex.getId(), SeatRole.MEMBER, false);
        groups.addSeat(we.getId(), pat.getId(), SeatRole.PATIENT_REPRESENTATIVE, false);
        groups.addSeat(we.getId(), sam.getId(), SeatRole.ADMINISTRATOR, false);
        fill(we, west, weSeats, 11);
        terms(we, "West of England", 11);
        history(we, weSeats, true);
        // Posted as the convenor's own account, through the same checks as in the app.
        asAccount(
                DemoAccounts.CONVENOR,
                () -> discussion.post(
                        we.getId(),
                        null,
                        "Welcome to the group's thread. "
                                + "Use it between meetings; @Alex Member, could you share the skills register draft here?"));

        Region sw = region(ids, "south-west-of-england");
        MeetingGroup swg = group(
                ids,
                "South West Commons Stewardship Group",
                SOUTH_WEST_SLUG,
                sw,
                Visibility.PUBLIC,
                "Q members across Devon, Cornwall, Somerset and Dorset shaping regional QI support.");
        List<Member> swSeats = new ArrayList<>();
        fillWithPatient(swg, sw, swSeats, 9);
        terms(swg, "South West", 9);
        history(swg, swSeats, false);

        Region ne = region(ids, "north-east-and-north-cumbria");
        MeetingGroup neg = group(
                ids,
                "North East and North Cumbria Commons Stewardship Group",
                NORTH_EAST_SLUG,
                ne,
                Visibility.MEMBERS,
                "Connecting Q members from the Tyne to the Tees and across Cumbria.");
        List<Member> neSeats = new ArrayList<>();
        fillWithPatient(neg, ne, neSeats, 9);
        terms(neg, "North East and North Cumbria", 9);
        history(neg, neSeats, false);
    }

    private MeetingGroup group(
            DemoIds ids, String name, String slug, Region region, Visibility visibility, String summary) {
        MeetingGroup g = new MeetingGroup(name, slug, GroupKind.REGIONAL_STEWARDSHIP, region, visibility);
        g.setSummary(summary);
        g.setOrganisingPrinciples(PRINCIPLES);
        MeetingGroup created = groups.create(g);
        ids.put(Kind.GROUP, slug, created.getId());
        return created;
    }

    private void fillWithPatient(MeetingGroup g, Region region, List<Member> seated, int size) {
        List<Member> pool = regionMembers(region);
        Member patient =
                pool.stream().filter(Member::isPatientOrCarer).findFirst().orElse(pool.get(pool.size() - 1));
        Member convenor =
                pool.stream().filter(m -> !m.equals(patient)).findFirst().orElseThrow();
        groups.addSeat(g.getId(), convenor.getId(), SeatRole.MEMBER, true);
        groups.addSeat(g.getId(), patient.getId(), SeatRole.PATIENT_REPRESENTATIVE, false);
        seated.add(convenor);
        seated.add(patient);
        fill(g, region, seated, size);
    }

    private void fill(MeetingGroup g, Region region, List<Member> seated, int size) {
        boolean partnerLinkGiven = false;
        boolean administratorGiven = seated.size() >= 4;
        for (Member m : regionMembers(region)) {
            if (seated.size() >= size) {
                break;
            }
            if (seated.contains(m)) {
                continue;
            }
            SeatRole role = !administratorGiven
                    ? SeatRole.ADMINISTRATOR
                    : !partnerLinkGiven ? SeatRole.PARTNER_LINK : SeatRole.MEMBER;
            administratorGiven = true;
            partnerLinkGiven |= role == SeatRole.PARTNER_LINK;
            groups.addSeat(g.getId(), m.getId(), role, false);
            seated.add(m);
        }
    }

    private List<Member> regionMembers(Region region) {
        return members
                .directory(
                        new MemberFilter(null, region.getId(), null, null, null),
                        PageRequest.of(0, 40, Sort.by("fullName")))
                .getContent()
                .stream()
                .filter(m -> !DemoAccounts.isDemoAccount(m.getEmail()))
                .toList();
    }

    private void terms(MeetingGroup g, String region, int seats) {
        TermsOfReference t = new TermsOfReference();
        t.setPurpose("To steward the Q community in the " + region + " region: to connect members, support "
                + "improvement work across organisations and make Q's resources work for local needs.");
        t.setScope("Q members and their work in health and care across the region's STPs. National Q "
                + "decisions are out of scope, but the group feeds its learning back to the Q team.");
        t.setMembership(
                seats + " seats drawn from the founding cohort and members who joined since, including one "
                        + "patient/service-user representative and a link person for the regional AHSN. Members serve two years.");
        t.setMeetingArrangements(
                "The group meets quarterly for two hours at most, in public, alternating between "
                        + "venues and video calls. The administrator circulates the agenda and papers a week ahead and the minutes within two weeks.");
        t.setWaysOfWorking(
                "Decisions by consensus, guided by the organising principles. Each meeting is run as a "
                        + "PDSA cycle and reviewed at the start of the next one. Between meetings the group talks in its thread.");
        t.setReporting("Minutes are published online. The convenor reports to the Q team each quarter and to the "
                + "regional AHSN board twice a year.");
        t.setResources("About £10,000 a year for events, venues and administrative support from the AHSN.");
        t.setSuccessCriteria("Growth in regional membership above the national rate (20%), attendance at meetings "
                + "of 80% or more, and members reporting that Q helps their improvement work.");
        t.setReviewDate(LocalDate.now(clock).plusMonths(9));
        termsService.saveTerms(g.getId(), t, "First version, agreed at the inaugural meeting");
        TermsOfReference v2 = t.draftNext();
        v2.setMembership(
                v2.getMembership() + " Vacancies are filled by members voting for candidates from the region.");
        termsService.saveTerms(g.getId(), v2, "Members now vote for seat holders rather than being appointed");
    }

    /** Two past meetings (one with published minutes, one overdue draft) and two to come. */
    private void history(MeetingGroup g, List<Member> seated, boolean full) {
        LocalDate today = LocalDate.now(clock);
        Meeting first = meetings.schedule(
                g.getId(),
                "Quarterly meeting",
                at(today.minusWeeks(16)),
                120,
                "AHSN offices, " + g.getRegion().getName(),
                null);
        agenda(first);
        meetings.publishAgenda(first.getId());
        meetings.markHeld(first.getId());
        attendance(first, g);
        List<AgendaItem> items =
                agendaService.agenda(meetings.meeting(first.getId()).orElseThrow());
        minutesService.saveMinutes(
                items.get(0).getId(),
                items.get(0).getVersion(),
                null,
                "Members reviewed the *terms of reference*. Agreed to **hold meetings in public** and publish minutes online.");
        minutesService.saveMinutes(
                items.get(1).getId(),
                items.get(1).getVersion(),
                null,
                "Regional membership has grown from 110 to 158 this year (44%), against 20% nationally.\n\n"
                        + "- Two regional events drew 73 and 74 participants\n- Newcomers asked for buddies");
        minutesService.saveMinutes(
                items.get(2).getId(),
                items.get(2).getVersion(),
                null,
                "The group discussed a register of QI projects searchable by STP, topic and date.");
        decisionService.addDecision(
                first.getId(), "Adopt the register of members' skills, kept by the AHSN.", today.plusWeeks(3));
        decisionService.addDecision(
                first.getId(), "Hold all meetings in public and publish approved minutes online.", null);
        ActionItem done = actionService.addAction(
                first.getId(),
                "Draft a buddying scheme for newcomers",
                seated.get(1).getId(),
                today.minusWeeks(10));
        actionService.setActionStatus(done.getId(), ActionStatus.DONE, null);
        actionService.addAction(
                first.getId(),
                "Ask each STP's organisational development group to sign the concordat",
                seated.get(0).getId(),
                today.plusWeeks(2));
        Meeting firstNow = meetings.meeting(first.getId()).orElseThrow();
        meetings.savePdsa(
                first.getId(),
                firstNow.getVersion(),
                "Agree terms of reference and a first year's priorities in two hours.",
                "Terms agreed; priorities discussed but the project register ran over by 15 minutes.",
                "Attendance was 9 of 11. Timed items ran over when papers arrived late.",
                "Circulate papers a week ahead and keep a timekeeper for each item.");
        meetings.circulateDraft(first.getId(), 7);
        meetings.approveMinutes(first.getId());

        Meeting second = meetings.schedule(
                g.getId(),
                "Quarterly meeting",
                at(today.minusWeeks(3)),
                120,
                null,
                "https://meet.example.org/qcommons-" + g.getSlug());
        agenda(second);
        meetings.publishAgenda(second.getId());
        meetings.markHeld(second.getId());
        attendance(second, g);
        if (full) {
            List<AgendaItem> secondItems =
                    agendaService.agenda(meetings.meeting(second.getId()).orElseThrow());
            minutesService.saveMinutes(
                    secondItems.get(0).getId(),
                    secondItems.get(0).getVersion(),
                    null,
                    "Draft: the buddying scheme pilot has 12 pairs. To be confirmed by the presenter.");
            actionService.addAction(
                    second.getId(),
                    "Write up the buddying pilot for the Q website",
                    seated.get(2).getId(),
                    today.plusWeeks(4));
        }

        Meeting third = meetings.schedule(
                g.getId(),
                "Quarterly meeting",
                at(today.plusWeeks(4)),
                120,
                "AHSN offices, " + g.getRegion().getName(),
                "https://meet.example.org/qcommons-" + g.getSlug());
        agenda(third);
        meetings.publishAgenda(third.getId());
        meetings.schedule(
                g.getId(), "Annual review and open meeting", at(today.plusWeeks(17)), 120, "To be confirmed", null);
    }

    private void agenda(Meeting m) {
        agendaService.addItem(m.getId(), "Welcome, apologies and declarations of interest", "Convenor", 10, null);
        agendaService.addItem(m.getId(), "Membership and engagement report", "Administrator", 25, null);
        agendaService.addItem(
                m.getId(),
                "QI project register",
                "Project lead",
                40,
                "One member works for the supplier of the current register software.");
        agendaService.addItem(m.getId(), "Any other business", null, 15, null);
    }

    private void attendance(Meeting m, MeetingGroup g) {
        for (SeatHolder s : groups.seats(g)) {
            int r = random.nextInt(100);
            AttendanceStatus status =
                    r < 80 ? AttendanceStatus.PRESENT : r < 93 ? AttendanceStatus.APOLOGIES : AttendanceStatus.ABSENT;
            attendanceService.recordAttendance(m.getId(), s.seatId(), status);
        }
    }

    private static LocalDateTime at(LocalDate day) {
        LocalDate weekday = day;
        while (weekday.getDayOfWeek().getValue() > 5) {
            weekday = weekday.plusDays(1);
        }
        return weekday.atTime(LocalTime.of(14, 0));
    }

    private Member account(DemoIds ids, String email) {
        return members.profile(ids.get(Kind.MEMBER, email)).orElseThrow();
    }

    private Region region(DemoIds ids, String slug) {
        Long id = ids.get(Kind.REGION, slug);
        return organisations.regions().stream()
                .filter(r -> r.getId().equals(id))
                .findFirst()
                .orElseThrow();
    }

    private <T> T asAccount(String email, Supplier<T> work) {
        QUser user = accounts.loadUserByUsername(email);
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
