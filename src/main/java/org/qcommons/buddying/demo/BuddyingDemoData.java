package org.qcommons.buddying.demo;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.qcommons.base.demo.DemoAccounts;
import org.qcommons.base.demo.DemoData;
import org.qcommons.base.demo.DemoIds;
import org.qcommons.base.demo.DemoIds.Kind;
import org.qcommons.base.demo.DemoSeeder;
import org.qcommons.base.security.QUser;
import org.qcommons.base.security.Role;
import org.qcommons.base.security.SystemRunner;
import org.qcommons.buddying.BuddyMatchService;
import org.qcommons.buddying.BuddyMode;
import org.qcommons.buddying.BuddyOffer;
import org.qcommons.buddying.BuddyOverviewService;
import org.qcommons.buddying.BuddyPair;
import org.qcommons.buddying.BuddyPairService;
import org.qcommons.buddying.BuddyRequest;
import org.qcommons.buddying.BuddyService;
import org.qcommons.organisations.Organisation;
import org.qcommons.organisations.OrganisationService;
import org.qcommons.people.Member;
import org.qcommons.people.MemberFilter;
import org.qcommons.people.MemberService;
import org.qcommons.skills.MemberSkill;
import org.qcommons.skills.Skill;
import org.qcommons.skills.SkillLevel;
import org.qcommons.skills.SkillService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Seeds the buddying scheme: 15 offers from experienced members (Alex Member among them), newcomers waiting in
 * the queue, active pairs with check-ins (one quiet for ten weeks), one proposal awaiting Alex's answer and closed
 * pairs with feedback. Lifecycle steps go through the services, acting as the members concerned.
 */
@DemoData
class BuddyingDemoData implements DemoSeeder {

    private static final Logger log = LoggerFactory.getLogger(BuddyingDemoData.class);
    private static final List<String> GOALS = List.of(
            "I have just started a falls-prevention project on my ward and want to learn how to use run charts.",
            "As a patient representative I would like help understanding how QI projects are set up and measured.",
            "I want to test a new discharge checklist with PDSA cycles but do not know where to begin.",
            "Our practice wants to reduce missed appointments; I would like advice on process mapping and data.",
            "I lead a small team and want to learn how to involve patients and carers in co-designing our service.",
            "I would like to understand SPC charts well enough to present our sepsis data to the board.",
            "I am new to Q and would like someone to talk through ideas for a mental health waiting-list project.",
            "We want to spread a successful frailty pathway to two neighbouring practices and need advice on scale.",
            "I would like help writing a business case for a quality improvement post in our community team.",
            "I want to learn facilitation skills to run improvement huddles with frontline staff.");

    private List<Member> newcomerPool = new ArrayList<>();
    private final BuddyService buddying;
    private final BuddyMatchService matching;
    private final BuddyOverviewService overview;
    private final BuddyPairService pairs;
    private final MemberService members;
    private final SkillService skills;
    private final OrganisationService organisations;
    private final Clock clock;

    BuddyingDemoData(
            BuddyService buddying,
            BuddyMatchService matching,
            BuddyOverviewService overview,
            BuddyPairService pairs,
            MemberService members,
            SkillService skills,
            OrganisationService organisations,
            Clock clock) {
        this.buddying = buddying;
        this.matching = matching;
        this.overview = overview;
        this.pairs = pairs;
        this.members = members;
        this.skills = skills;
        this.organisations = organisations;
        this.clock = clock;
    }

    @Override
    public int order() {
        return 40;
    }

    @Override
    public void seed(DemoIds ids) {
        SystemRunner.asSystem(() -> {
            if (!overview.buddyLoads().isEmpty() || organisations.regions().isEmpty()) {
                return;
            }
            long started = clock.millis();
            seedNow(ids);
            log.info("Buddying demo data seeded in {} ms", clock.millis() - started);
        });
    }

    private void seedNow(DemoIds ids) {
        Random random = new Random(40);
        List<Skill> allSkills = skills.activeSkills();
        List<Member> directory =
                members.directory(MemberFilter.any(), PageRequest.of(0, 1000)).getContent();
        List<Member> experienced = new ArrayList<>(directory.stream()
                .filter(m -> !m.isPatientOrCarer()
                        && m.getJoinedQ() != null
                        && m.getJoinedQ().getYear() < 2018)
                .filter(m -> !DemoAccounts.isDemoAccount(m.getEmail()))
                .toList());
        Collections.shuffle(experienced, random);
        Long alexId = ids.get(Kind.MEMBER, DemoAccounts.MEMBER);
        Member alex = directory.stream()
                .filter(m -> m.getId().equals(alexId))
                .findFirst()
                .orElseThrow();

        List<Member> buddies = new ArrayList<>();
        buddies.add(alex);
        buddies.addAll(experienced.subList(0, Math.min(14, experienced.size())));
        for (Member m : buddies) {
            BuddyOffer offer = new BuddyOffer(m);
            Set<Skill> offered = skills.skillsOf(m.getId()).stream()
                    .filter(ms -> ms.getLevel().atLeast(SkillLevel.PRACTITIONER))
                    .map(MemberSkill::getSkill)
                    .collect(Collectors.toCollection(HashSet::new));
            while (offered.size() < 2) {
                offered.add(allSkills.get(random.nextInt(allSkills.size())));
            }
            offer.setSkills(offered);
            offer.setCapacity(m == alex ? 3 : 1 + random.nextInt(3));
            EnumSet<BuddyMode> modes = EnumSet.of(BuddyMode.VIDEO);
            if (random.nextBoolean()) modes.add(BuddyMode.IN_PERSON);
            if (random.nextBoolean()) modes.add(BuddyMode.PHONE);
            offer.setModes(modes);
            offer.setNote(random.nextBoolean() ? "Happy to meet monthly for an hour." : null);
            buddying.saveOffer(offer);
        }

        // Newcomers are drawn from the seeded members (not new rows), so each region keeps the report's count.
        newcomerPool = new ArrayList<>(directory.stream()
                .filter(m -> !buddies.contains(m) && !DemoAccounts.isDemoAccount(m.getEmail()))
                .filter(m -> m.getJoinedQ() != null && m.getJoinedQ().getYear() >= 2018)
                .toList());
        Collections.shuffle(newcomerPool, random);
        List<Organisation> orgs = organisations.organisations();
        LocalDate today = LocalDate.now(clock);
        int n = 0;
        // Closed pairs with feedback from both sides
        String[][] closing = {
            {"5", "Helped me get my first run chart in front of the team.", "4", "Rewarding."},
            {"4", "Good to have someone outside my trust to think with.", "5", "Learnt as much as I taught."},
            {"3", "Useful, but we struggled to find times to meet.", "3", null}
        };
        for (String[] c : closing) {
            Member newcomer = newcomer(orgs.get(random.nextInt(orgs.size())), today.minusMonths(11), random, ++n);
            BuddyRequest r = request(newcomer, allSkills, random, n);
            Member buddy = bestBuddy(r, alex);
            BuddyPair p = matching.propose(r.getId(), buddy.getId());
            as(buddy, () -> pairs.accept(p.getId()));
            as(
                    newcomer,
                    () -> pairs.checkIn(p.getId(), today.minusDays(70), BuddyMode.VIDEO, "First chat about my aims."));
            as(newcomer, () -> pairs.close(p.getId(), Integer.parseInt(c[0]), c[1]));
            as(buddy, () -> {
                pairs.leaveFeedback(p.getId(), Integer.parseInt(c[2]), c[3]);
                return null;
            });
        }
        // Active pairs: Alex's, one going well, and one quiet for ten weeks (the nudge picks it up)
        int[][] active = {{0, 35, 14}, {-1, 49, 7}, {-1, 70, -1}};
        for (int[] a : active) {
            Member newcomer = newcomer(orgs.get(random.nextInt(orgs.size())), today.minusMonths(4), random, ++n);
            BuddyRequest r = request(newcomer, allSkills, random, n);
            Member buddy = a[0] == 0 ? alex : bestBuddy(r, alex);
            BuddyPair p = matching.propose(r.getId(), buddy.getId());
            as(buddy, () -> pairs.accept(p.getId()));
            pairs.backdateForDemo(p.getId(), today.minusDays(a[1]));
            if (a[2] >= 0) {
                as(
                        buddy,
                        () -> pairs.checkIn(
                                p.getId(),
                                today.minusDays(a[1] - 3),
                                BuddyMode.IN_PERSON,
                                "Agreed an aim statement and a first measure."));
                as(
                        newcomer,
                        () -> pairs.checkIn(
                                p.getId(),
                                today.minusDays(a[2]),
                                BuddyMode.VIDEO,
                                "Reviewed the first two weeks of data together."));
            }
        }
        // A proposal waiting for Alex's answer
        Member asking = newcomer(orgs.get(0), today.minusMonths(1), random, ++n);
        BuddyRequest askingRequest = request(asking, allSkills, random, n);
        matching.propose(askingRequest.getId(), alex.getId());
        // The queue: waiting requests, oldest 40 days, one of them declined once
        int[] daysWaiting = {40, 25, 12, 3};
        for (int i = 0; i < daysWaiting.length; i++) {
            Member newcomer = newcomer(orgs.get(random.nextInt(orgs.size())), today.minusMonths(2 + i), random, ++n);
            BuddyRequest r = request(newcomer, allSkills, random, n);
            if (i == 1) {
                Member buddy = bestBuddy(r, alex);
                BuddyPair p = matching.propose(r.getId(), buddy.getId());
                as(buddy, () -> pairs.decline(p.getId(), "I am on leave for most of the next two months."));
            }
            buddying.backdateRequestForDemo(r.getId(), clock.instant().minus(Duration.ofDays(daysWaiting[i])));
        }
    }

    /** The top suggestion other than Alex, whose pairs are set up by hand for the demo account. */
    private Member bestBuddy(BuddyRequest r, Member alex) {
        Long id = matching.suggestionsFor(r.getId()).stream()
                .map(sg -> sg.candidate().memberId())
                .filter(candidate -> !candidate.equals(alex.getId()))
                .findFirst()
                .orElseThrow();
        return members.profile(id).orElseThrow();
    }

    private Member newcomer(Organisation org, LocalDate joined, Random random, int n) {
        Member m = newcomerPool.remove(newcomerPool.size() - 1);
        boolean patient = n % 4 == 0;
        if (patient) {
            m.setProfession("Patient representative");
            m.setJobTitle(null);
        }
        m.setPatientOrCarer(patient);
        m.setJoinedQ(joined);
        m.setBio("Joined Q recently and is looking for a buddy.");
        return members.updateProfile(m);
    }

    private BuddyRequest request(Member newcomer, List<Skill> allSkills, Random random, int n) {
        BuddyRequest r = new BuddyRequest(newcomer);
        r.setGoals(GOALS.get(n % GOALS.size()));
        Set<Skill> wanted = new HashSet<>();
        for (int i = 0; i < 1 + random.nextInt(3); i++) {
            wanted.add(allSkills.get(random.nextInt(allSkills.size())));
        }
        r.setSkills(wanted);
        r.setSameStp(random.nextInt(3) == 0);
        r.setSameProfession(random.nextInt(4) == 0);
        r.setPreferredMode(random.nextBoolean() ? BuddyMode.VIDEO : null);
        return buddying.saveRequest(r);
    }

    /** Acts as a member, so each lifecycle step passes the same checks as in the app. */
    private static <T> T as(Member member, Supplier<T> work) {
        var previous = SecurityContextHolder.getContext();
        var context = SecurityContextHolder.createEmptyContext();
        QUser user = new QUser(
                null, member.getId(), member.getEmail(), "", member.getFullName(), EnumSet.of(Role.MEMBER), null, true);
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }
}
