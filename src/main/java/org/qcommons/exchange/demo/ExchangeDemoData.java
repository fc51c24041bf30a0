package org.qcommons.exchange.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
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
import org.qcommons.exchange.ConcordatService;
import org.qcommons.exchange.Exchange;
import org.qcommons.exchange.ExchangeDeliveryService;
import org.qcommons.exchange.ExchangeService;
import org.qcommons.exchange.ExpertiseRequest;
import org.qcommons.exchange.MatchScorer;
import org.qcommons.exchange.MatchingService;
import org.qcommons.exchange.RequestService;
import org.qcommons.exchange.Signatory;
import org.qcommons.organisations.Organisation;
import org.qcommons.organisations.OrganisationService;
import org.qcommons.organisations.OrganisationType;
import org.qcommons.people.Member;
import org.qcommons.people.MemberService;
import org.qcommons.security.AccountService;
import org.qcommons.skills.Skill;
import org.qcommons.skills.SkillLevel;
import org.qcommons.skills.SkillService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Seeds the concordat: most organisations sign, a second coordinator at Royal United Hospitals Bath, requests, and
 * exchanges at every stage so each demo account has something to do. Every step goes through the real services,
 * acting as the person who would take it, so the demo obeys the same rules as the application.
 */
@DemoData
public class ExchangeDemoData implements DemoSeeder {

    public static final String NORTH_BRISTOL = "North Bristol NHS Trust";
    public static final String RUH_BATH = "Royal United Hospitals Bath NHS Foundation Trust";

    /** Organisations that have not (yet) signed: commissioners and a few small providers. */
    private static final Set<String> NOT_SIGNED = Set.of(
            "Newcastle Gateshead CCG",
            "NHS Devon CCG",
            "Eden Valley Care Home",
            "Quantock Vale Surgery",
            "Healthwatch Gloucestershire",
            "Riverside Medical Group");

    private static final String[][] SIGNERS = {
        {"Helen Marsh", "Chief Executive"},
        {"David Okafor", "Medical Director"},
        {"Ruth Penrose", "Chief Nurse"},
        {"Imran Qureshi", "Director of Transformation"},
        {"Jo Whitfield", "Chief Executive"},
        {"Tom Ellery", "Director of Quality"},
        {"Priya Nair", "Chief Operating Officer"}
    };
    private static final Integer[] CAPS = {null, 10, 20, 30, null, 15};

    private static final Logger log = LoggerFactory.getLogger(ExchangeDemoData.class);

    private final ConcordatService concordat;
    private final RequestService requests;
    private final MatchingService matching;
    private final ExchangeService exchanges;
    private final ExchangeDeliveryService delivery;
    private final OrganisationService organisations;
    private final MemberService members;
    private final AccountService accounts;
    private final SkillService skills;
    private final Clock clock;

    ExchangeDemoData(
            ConcordatService concordat,
            RequestService requests,
            MatchingService matching,
            ExchangeService exchanges,
            ExchangeDeliveryService delivery,
            OrganisationService organisations,
            MemberService members,
            AccountService accounts,
            SkillService skills,
            Clock clock) {
        this.concordat = concordat;
        this.requests = requests;
        this.matching = matching;
        this.exchanges = exchanges;
        this.delivery = delivery;
        this.organisations = organisations;
        this.members = members;
        this.accounts = accounts;
        this.skills = skills;
        this.clock = clock;
    }

    @Override
    public int order() {
        return 30;
    }

    @Override
    public void seed(DemoIds ids) {
        SystemRunner.asSystem(() -> {
            if (!concordat.signatories().isEmpty()
                    || organisations.organisations().isEmpty()) {
                return;
            }
            long started = clock.millis();
            seedNow(ids);
            log.info("Concordat demo data seeded in {} ms", clock.millis() - started);
        });
    }

    private void seedNow(DemoIds ids) {
        Map<String, Organisation> orgs =
                organisations.organisations().stream().collect(Collectors.toMap(Organisation::getName, o -> o));
        Map<String, Skill> skillByName =
                skills.activeSkills().stream().collect(Collectors.toMap(Skill::getName, s -> s));
        Organisation northBristol = orgs.get(NORTH_BRISTOL);
        Organisation ruh = orgs.get(RUH_BATH);

        int i = 0;
        for (Organisation org : organisations.organisations()) {
            if (NOT_SIGNED.contains(org.getName())) {
                continue;
            }
            Signatory s = new Signatory(org);
            String[] signer = SIGNERS[i % SIGNERS.length];
            s.setSignedByName(signer[0]);
            s.setSignedByRole(signer[1]);
            s.setSignedOn(LocalDate.of(2018, 1, 15).plusDays(11L * i));
            s.setLendingCapDays(
                    org.equals(northBristol)
                            ? Integer.valueOf(30)
                            : org.equals(ruh) ? Integer.valueOf(20) : CAPS[i % CAPS.length]);
            if (org.getType() == OrganisationType.AHSN) {
                // The AHSN supports every STP in its region.
                s.setStpsCovered(Set.copyOf(organisations.stps(org.getRegion())));
            }
            concordat.sign(s);
            i++;
        }

        // Bath's coordinator is one of its seeded members given an account, so the region keeps the report's count.
        Member secondCoordinator = members.profile(
                        members.consentingMembersOf(ruh.getId()).getFirst().getId())
                .orElseThrow();
        secondCoordinator.setFullName("Jordan Coordinator");
        secondCoordinator.setEmail(DemoAccounts.COORDINATOR2);
        secondCoordinator.setProfession("Improvement specialist");
        secondCoordinator.setJobTitle("Head of quality improvement");
        secondCoordinator.setPatientOrCarer(false);
        // Coordinates rather than lends, so matching does not propose them.
        secondCoordinator.setAvailabilityDaysPerQuarter(0);
        Member savedSecond = members.updateProfile(secondCoordinator);
        accounts.createActiveAccount(
                savedSecond, DemoAccounts.PASSWORD, EnumSet.of(Role.MEMBER, Role.ORG_COORDINATOR), ruh.getId());
        ids.put(Kind.MEMBER, DemoAccounts.COORDINATOR2, savedSecond.getId());

        // The demo member offers skills, so Bath's coordinator can find and invite them.
        Long alexId = ids.get(Kind.MEMBER, DemoAccounts.MEMBER);
        Member alexMember = members.profile(alexId).orElseThrow();
        for (String[] s : new String[][] {
            {"Process mapping", "EXPERIENCED"},
            {"Facilitation", "PRACTITIONER"},
            {"SPC and measurement for improvement", "CAN_TEACH"}
        }) {
            try {
                skills.addSkill(
                        alexMember,
                        skillByName.get(s[0]),
                        SkillLevel.valueOf(s[1]),
                        true,
                        "Led improvement work at North Bristol using this method.");
            } catch (RuntimeException alreadyThere) {
                // seeded by the foundation with the same skill
            }
        }

        // The demo patient representative lends co-production expertise: patients are full members of Q.
        Member pat = members.profile(ids.get(Kind.MEMBER, DemoAccounts.PATIENT)).orElseThrow();
        for (String[] s :
                new String[][] {{"Co-production", "EXPERIENCED"}, {"Patient and public involvement", "CAN_TEACH"}}) {
            try {
                skills.addSkill(
                        pat,
                        skillByName.get(s[0]),
                        SkillLevel.valueOf(s[1]),
                        true,
                        "Patient partner on two co-design projects at North Bristol.");
            } catch (RuntimeException alreadyThere) {
                // seeded by the foundation with the same skill
            }
        }

        QUser coordinator = accounts.loadUserByUsername(DemoAccounts.COORDINATOR);
        QUser coordinator2 = accounts.loadUserByUsername(DemoAccounts.COORDINATOR2);

        ExpertiseRequest sepsis = post(
                ids,
                coordinator,
                "SPC coaching for the sepsis collaborative",
                "Our sepsis collaborative tracks time to antibiotics weekly. We need someone to coach the team in "
                        + "reading SPC charts and to help redesign the measurement plan.",
                4,
                false,
                "Southmead Hospital, Bristol",
                Map.of(
                        skillByName.get("SPC and measurement for improvement"),
                        SkillLevel.PRACTITIONER,
                        skillByName.get("Data visualisation"),
                        SkillLevel.PRACTITIONER));
        ExpertiseRequest outpatients = post(
                ids,
                coordinator,
                "Demand and capacity modelling for outpatients",
                "Help our outpatient teams model demand and capacity for three specialties ahead of winter.",
                5,
                true,
                null,
                Map.of(
                        skillByName.get("Demand and capacity"),
                        SkillLevel.EXPERIENCED,
                        skillByName.get("Statistics"),
                        SkillLevel.PRACTITIONER));
        ExpertiseRequest frailty = post(
                ids,
                coordinator2,
                "Process mapping for the frailty pathway",
                "Facilitate two process-mapping workshops with ward, community and social care staff on the frailty "
                        + "pathway from front door to discharge.",
                3,
                false,
                "Royal United Hospital, Bath",
                Map.of(
                        skillByName.get("Process mapping"),
                        SkillLevel.EXPERIENCED,
                        skillByName.get("Facilitation"),
                        SkillLevel.PRACTITIONER));
        ExpertiseRequest discharge = post(
                ids,
                coordinator2,
                "Co-producing discharge letters with patients",
                "Work with our patient partners to co-design clearer discharge letters.",
                2,
                true,
                null,
                Map.of(
                        skillByName.get("Co-production"),
                        SkillLevel.PRACTITIONER,
                        skillByName.get("Patient and public involvement"),
                        SkillLevel.PRACTITIONER));
        ExpertiseRequest evaluation = post(
                ids,
                coordinator2,
                "Evaluating the virtual ward pilot",
                "Design a proportionate evaluation of our virtual ward pilot and its business case.",
                4,
                true,
                null,
                Map.of(
                        skillByName.get("Evaluation"),
                        SkillLevel.PRACTITIONER,
                        skillByName.get("Business cases"),
                        SkillLevel.LEARNING));

        // Bath's coordinator invites the demo member: the member has an invitation waiting.
        as(coordinator2, () -> exchanges.invite(frailty.getId(), alexId));

        // A North Bristol member has accepted an invitation from Bath: the demo coordinator has a release to decide.
        first(coordinator2, discharge, northBristol).ifPresent(c -> {
            Exchange e = as(
                    coordinator2,
                    () -> exchanges.invite(discharge.getId(), c.candidate().memberId()));
            as(memberUser(c), () -> exchanges.accept(e.getId()));
        });

        // Completed exchanges in both directions, so the ledger shows given, received and net.
        first(coordinator, sepsis, ruh).ifPresent(c -> complete(coordinator, coordinator2, sepsis, c, 4));
        first(coordinator2, evaluation, northBristol)
                .ifPresent(c -> complete(coordinator2, coordinator, evaluation, c, 3));
        // Days logged but not yet confirmed: the demo coordinator has days to confirm.
        first(coordinator, outpatients, ruh).ifPresent(c -> {
            Exchange e = as(
                    coordinator,
                    () -> exchanges.invite(outpatients.getId(), c.candidate().memberId()));
            as(memberUser(c), () -> exchanges.accept(e.getId()));
            as(coordinator2, () -> delivery.approveRelease(e.getId(), "Agreed with the service manager."));
            as(memberUser(c), () -> delivery.logDays(e.getId(), 5));
        });
        // Other organisations lend to North Bristol: it then shows as taking more than it gives.
        as(coordinator, () -> matching.candidates(outpatients.getId())).stream()
                .filter(c -> !c.candidate().organisationId().equals(ruh.getId()))
                .limit(2)
                .forEach(c -> complete(coordinator, homeCoordinator(c), outpatients, c, 2));
    }

    private ExpertiseRequest post(
            DemoIds ids,
            QUser coordinator,
            String title,
            String description,
            int days,
            boolean remote,
            String location,
            Map<Skill, SkillLevel> needs) {
        ExpertiseRequest posted = as(coordinator, () -> {
            ExpertiseRequest r = requests.draft();
            r.setTitle(title);
            r.setDescription(description);
            r.setDaysNeeded(days);
            r.setRemote(remote);
            r.setLocation(location);
            r.setStartsOn(LocalDate.now(clock).minusWeeks(2));
            r.setEndsOn(LocalDate.now(clock).plusMonths(3));
            needs.forEach(r::needs);
            return requests.save(r);
        });
        ids.put(Kind.REQUEST, title, posted.getId());
        return posted;
    }

    /**
     * The best candidate from one organisation; if the random foundation data gave nobody there the skills, one of
     * its consenting members with time to give is given them, so the demo always shows each stage.
     */
    private Optional<MatchScorer.Score> first(QUser host, ExpertiseRequest r, Organisation from) {
        Optional<MatchScorer.Score> found = as(host, () -> matching.candidates(r.getId())).stream()
                .filter(c -> c.candidate().organisationId().equals(from.getId()))
                .findFirst();
        if (found.isPresent()) {
            return found;
        }
        members.consentingMembersOf(from.getId()).stream()
                .filter(m -> m.getAvailabilityDaysPerQuarter() > 0 && !DemoAccounts.isDemoAccount(m.getEmail()))
                .findFirst()
                .ifPresent(m -> r.getSkills().forEach(need -> {
                    try {
                        skills.addSkill(m, need.getSkill(), SkillLevel.EXPERIENCED, true, null);
                    } catch (RuntimeException alreadyHeld) {
                        // held but not offered or below the level: leave it, another member may match
                    }
                }));
        return as(host, () -> matching.candidates(r.getId())).stream()
                .filter(c -> c.candidate().organisationId().equals(from.getId()))
                .findFirst();
    }

    private void complete(QUser host, QUser home, ExpertiseRequest r, MatchScorer.Score c, int days) {
        Exchange e = as(host, () -> exchanges.invite(r.getId(), c.candidate().memberId()));
        QUser member = memberUser(c);
        as(member, () -> exchanges.accept(e.getId()));
        as(home, () -> delivery.approveRelease(e.getId(), null));
        as(member, () -> delivery.logDays(e.getId(), days));
        as(host, () -> delivery.confirmDays(e.getId()));
        as(member, () -> delivery.leaveFeedback(e.getId(), "A well-organised team that made good use of the time."));
        as(
                host,
                () -> delivery.leaveFeedback(
                        e.getId(), "Practical, generous expertise; the team now runs this itself."));
    }

    /** Seeded members have no accounts: act as them in-process, with the rights their account would have. */
    private static QUser memberUser(MatchScorer.Score c) {
        return new QUser(
                null,
                c.candidate().memberId(),
                "seed-" + c.candidate().memberId(),
                "",
                c.candidate().fullName(),
                EnumSet.of(Role.MEMBER),
                null,
                true);
    }

    /**
     * A stand-in coordinator for a lending organisation that has no coordinator account in the demo. It is nobody's
     * member record: a coordinator who is the lent member may not approve their own release.
     */
    private static QUser homeCoordinator(MatchScorer.Score c) {
        return new QUser(
                null,
                null,
                "seed-coordinator-" + c.candidate().organisationId(),
                "",
                "Coordinator",
                EnumSet.of(Role.MEMBER, Role.ORG_COORDINATOR),
                c.candidate().organisationId(),
                true);
    }

    private static <T> T as(QUser user, Supplier<T> work) {
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
