package org.qcommons.governance;

import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.qcommons.base.security.QUser;
import org.qcommons.base.security.Role;
import org.qcommons.base.security.SystemRunner;
import org.qcommons.meetings.GroupKind;
import org.qcommons.meetings.GroupService;
import org.qcommons.meetings.MeetingGroup;
import org.qcommons.meetings.SeatRole;
import org.qcommons.meetings.Visibility;
import org.qcommons.organisations.OrganisationService;
import org.qcommons.organisations.Region;
import org.qcommons.organisations.Stp;
import org.qcommons.people.Member;
import org.qcommons.security.AccountService;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * A fresh region, STP and public stewardship group per fixture, so that each test has an electorate of its
 * own in the shared database; members are rows with principals made for them (no accounts needed).
 */
public class GovernanceFixtures {

    private static final AtomicLong SEQ = new AtomicLong(System.nanoTime() % 1_000_000);

    public final ElectionService elections;
    public final NominationService nominations;
    public final BallotService ballots;
    public final GroupService groups;
    public final JdbcTemplate jdbc;
    public final Region region;
    public final Stp stp;
    public final Region elsewhere;
    public final Stp elsewhereStp;
    public final MeetingGroup group;
    public final QUser convenor;

    public GovernanceFixtures(ApplicationContext ctx) {
        elections = ctx.getBean(ElectionService.class);
        nominations = ctx.getBean(NominationService.class);
        ballots = ctx.getBean(BallotService.class);
        groups = ctx.getBean(GroupService.class);
        jdbc = ctx.getBean(JdbcTemplate.class);
        OrganisationService organisations = ctx.getBean(OrganisationService.class);
        long n = SEQ.incrementAndGet();
        region = SystemRunner.asSystem(() -> organisations.createRegion("Test Region " + n, "test-region-" + n));
        stp = SystemRunner.asSystem(() -> organisations.createStp("Test STP " + n, region));
        elsewhere = SystemRunner.asSystem(() -> organisations.createRegion("Other Region " + n, "other-region-" + n));
        elsewhereStp = SystemRunner.asSystem(() -> organisations.createStp("Other STP " + n, elsewhere));
        group = SystemRunner.asSystem(() -> groups.create(new MeetingGroup(
                "Test Stewardship Group " + n,
                "test-stewardship-" + n,
                GroupKind.REGIONAL_STEWARDSHIP,
                region,
                Visibility.PUBLIC)));
        convenor = member("Convenor " + n, stp, Role.MEMBER, Role.CONVENOR);
        SystemRunner.asSystem(() -> groups.addSeat(group.getId(), convenor.memberId(), SeatRole.MEMBER, true));
    }

    public QUser member(String name, Stp in, Role... roles) {
        long n = SEQ.incrementAndGet();
        String email = "gov" + n + "@governance.test";
        jdbc.update(
                "INSERT INTO member (full_name, email, stp_id, status, directory_consent) VALUES (?, ?, ?, 'ACTIVE',"
                        + " TRUE)",
                name,
                email,
                in.getId());
        Long id = jdbc.queryForObject("SELECT id FROM member WHERE email = ?", Long.class, email);
        return principal(id, email, name, roles);
    }

    /** Many voters at once, in one batch. */
    public List<QUser> voters(int count) {
        long base = SEQ.getAndAdd(count + 1L) + 1;
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            rows.add(new Object[] {"Voter " + (base + i), "voter" + (base + i) + "@governance.test", stp.getId()});
        }
        jdbc.batchUpdate(
                "INSERT INTO member (full_name, email, stp_id, status, directory_consent) VALUES (?, ?, ?, 'ACTIVE',"
                        + " FALSE)",
                rows);
        List<QUser> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String email = "voter" + (base + i) + "@governance.test";
            Long id = jdbc.queryForObject("SELECT id FROM member WHERE email = ?", Long.class, email);
            out.add(principal(id, email, "Voter " + (base + i), Role.MEMBER));
        }
        return out;
    }

    /** Gives a fixture member an account, so that a browser can sign in as them. */
    public void account(QUser member, String password, ApplicationContext ctx) {
        var accounts = ctx.getBean(AccountService.class);
        var em = ctx.getBean(EntityManager.class);
        SystemRunner.asSystem(() ->
                accounts.createActiveAccount(em.find(Member.class, member.memberId()), password, member.roles(), null));
    }

    public void moveTo(QUser member, Stp to) {
        jdbc.update("UPDATE member SET stp_id = ? WHERE id = ?", to.getId(), member.memberId());
    }

    private static QUser principal(Long memberId, String email, String name, Role... roles) {
        Set<Role> set = roles.length == 0 ? EnumSet.of(Role.MEMBER) : EnumSet.of(roles[0], roles);
        return new QUser(null, memberId, email, "", name, set, null, true);
    }

    public Election openToday(int seats) {
        LocalDate today = elections.today();
        return as(
                convenor,
                () -> elections.open(
                        group.getId(),
                        new ElectionForm(
                                "Election " + SEQ.incrementAndGet(),
                                seats,
                                SeatRole.MEMBER,
                                today,
                                today,
                                today,
                                today,
                                today,
                                today.plusYears(2))));
    }

    public Candidate stand(QUser who, Election e) {
        return as(who, () -> nominations.stand(e.getId(), "I will listen and report back.", "None"));
    }

    public static <T> T as(QUser user, Supplier<T> work) {
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

    public static void as(QUser user, Runnable work) {
        as(user, () -> {
            work.run();
            return null;
        });
    }
}
