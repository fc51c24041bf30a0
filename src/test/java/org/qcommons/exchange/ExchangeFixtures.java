package org.qcommons.exchange;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.qcommons.base.demo.DemoAccounts;
import org.qcommons.base.security.QUser;
import org.qcommons.base.security.Role;
import org.qcommons.base.security.SystemRunner;
import org.qcommons.exchange.demo.ExchangeDemoData;
import org.qcommons.organisations.Organisation;
import org.qcommons.organisations.OrganisationService;
import org.qcommons.organisations.OrganisationType;
import org.qcommons.people.Member;
import org.qcommons.people.MemberService;
import org.qcommons.people.MemberStatus;
import org.qcommons.security.AccountService;
import org.qcommons.skills.Skill;
import org.qcommons.skills.SkillAdministration;
import org.qcommons.skills.SkillLevel;
import org.qcommons.skills.SkillService;
import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/** Builds exchange scenarios with unique names through the real services, acting as the right person. */
public class ExchangeFixtures {

    public static final String HOST_COORDINATOR = DemoAccounts.COORDINATOR;
    private static final AtomicLong SEQ = new AtomicLong(System.nanoTime() % 1_000_000_000L);

    public final MemberService members;
    public final AccountService accounts;
    public final OrganisationService organisations;
    public final SkillService skills;
    public final RequestService requests;
    public final ExchangeService exchanges;
    public final ExchangeDeliveryService delivery;
    public final ConcordatService concordat;
    public final MatchingService matching;
    public final LedgerService ledger;
    /** A skill only this fixture's members hold, so matching tests never compete with other tests' candidates. */
    public final String testSkill;

    public ExchangeFixtures(ApplicationContext ctx) {
        members = ctx.getBean(MemberService.class);
        accounts = ctx.getBean(AccountService.class);
        organisations = ctx.getBean(OrganisationService.class);
        skills = ctx.getBean(SkillService.class);
        requests = ctx.getBean(RequestService.class);
        exchanges = ctx.getBean(ExchangeService.class);
        delivery = ctx.getBean(ExchangeDeliveryService.class);
        concordat = ctx.getBean(ConcordatService.class);
        matching = ctx.getBean(MatchingService.class);
        ledger = ctx.getBean(LedgerService.class);
        testSkill = "Fixture skill " + next();
        SkillAdministration skillAdmin = ctx.getBean(SkillAdministration.class);
        SystemRunner.asSystem(() ->
                skills.saveSkill(new Skill(testSkill, skillAdmin.activeGroups().getFirst())));
    }

    public static long next() {
        return SEQ.incrementAndGet();
    }

    /** A fresh signatory with its own coordinator, so tests never share a lending cap. */
    public record Lender(Organisation org, String coordinator) {}

    public Lender newLender(Integer cap) {
        long n = next();
        Organisation bath = org(ExchangeDemoData.RUH_BATH);
        Organisation org = SystemRunner.asSystem(() ->
                organisations.createOrganisation("Fixture Trust " + n, OrganisationType.ACUTE_TRUST, bath.getStp()));
        SystemRunner.asSystem(() -> {
            Signatory s = new Signatory(org);
            s.setSignedByName("Fixture Signer");
            s.setSignedByRole("Chief Executive");
            s.setLendingCapDays(cap);
            concordat.sign(s);
        });
        String coordinator =
                newMember(org, null, SkillLevel.LEARNING, EnumSet.of(Role.MEMBER, Role.ORG_COORDINATOR), true);
        return new Lender(org, coordinator);
    }

    public Organisation org(String name) {
        return SystemRunner.asSystem(() -> organisations.organisations().stream()
                .filter(o -> o.getName().equals(name))
                .findFirst()
                .orElseThrow());
    }

    public Skill skill(String name) {
        return SystemRunner.asSystem(() -> skills.activeSkills().stream()
                .filter(s -> s.getName().equals(name))
                .findFirst()
                .orElseThrow());
    }

    /** An active member with an account, a consenting profile and one offered skill; returns the username. */
    public String newMember(
            Organisation org, String skillName, SkillLevel level, Set<Role> roles, boolean coordinator) {
        long n = next();
        String email = "fixture" + n + "@exchange.test";
        SystemRunner.asSystem(() -> {
            Member m = new Member("Fixture Person " + n, email);
            m.setOrganisation(org);
            m.setStp(org.getStp());
            m.setDirectoryConsent(true);
            m.setStatus(MemberStatus.ACTIVE);
            m.setAvailabilityDaysPerQuarter(6);
            m.setCanTravel(true);
            m.setJoinedQ(LocalDate.of(2017, 1, 1));
            Member saved = members.saveNew(m);
            accounts.createActiveAccount(saved, "fixture-password", roles, coordinator ? org.getId() : null);
            if (skillName != null) {
                skills.addSkill(saved, skill(skillName), level, true, null);
            }
        });
        return email;
    }

    public String newMember(Organisation org, String skillName) {
        return newMember(org, skillName, SkillLevel.EXPERIENCED, EnumSet.of(Role.MEMBER), false);
    }

    public Long memberId(String username) {
        return accounts.loadUserByUsername(username).memberId();
    }

    /** A new open request by the demo host coordinator (North Bristol) needing one skill. */
    public ExpertiseRequest newRequest(String coordinator, String skillName, int days) {
        return as(coordinator, () -> {
            ExpertiseRequest r = requests.draft();
            r.setTitle("Fixture request " + next());
            r.setDescription("Created by a test.");
            r.setDaysNeeded(days);
            r.setRemote(true);
            r.setStartsOn(LocalDate.now());
            r.setEndsOn(LocalDate.now().plusMonths(3));
            r.needs(skill(skillName), SkillLevel.PRACTITIONER);
            return requests.save(r);
        });
    }

    /** An exchange moved along to the given state by the right people. */
    public Exchange exchangeIn(ExchangeState target, String memberUsername, ExpertiseRequest r, Lender lender) {
        Exchange e = as(HOST_COORDINATOR, () -> exchanges.invite(r.getId(), memberId(memberUsername)));
        Long id = e.getId();
        if (target == ExchangeState.INVITED) return e;
        e = as(memberUsername, () -> exchanges.accept(id));
        if (target == ExchangeState.ACCEPTED) return e;
        e = as(lender.coordinator(), () -> delivery.approveRelease(id, "Fine by us"));
        if (target == ExchangeState.AGREED) return e;
        e = as(memberUsername, () -> delivery.logDays(id, r.getDaysNeeded()));
        if (target == ExchangeState.DAYS_LOGGED) return e;
        e = as(HOST_COORDINATOR, () -> delivery.confirmDays(id));
        if (target == ExchangeState.CONFIRMED) return e;
        as(memberUsername, () -> delivery.leaveFeedback(id, "Good"));
        return as(HOST_COORDINATOR, () -> delivery.leaveFeedback(id, "Thank you"));
    }

    public <T> T as(String username, Supplier<T> work) {
        QUser user = accounts.loadUserByUsername(username);
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

    public void as(String username, Runnable work) {
        as(username, () -> {
            work.run();
            return null;
        });
    }
}
