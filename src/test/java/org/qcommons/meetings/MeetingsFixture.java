package org.qcommons.meetings;

import java.time.LocalDateTime;
import java.util.UUID;
import java.util.function.Supplier;
import org.qcommons.base.demo.DemoAccounts;
import org.qcommons.base.security.QUser;
import org.qcommons.base.security.SystemRunner;
import org.qcommons.security.AccountService;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * A fresh group per test, so tests never depend on each other or on the demo data: convenor@ convenes,
 * member@ holds a seat, patient@ holds the patient representative seat, coordinator@ holds none.
 */
public final class MeetingsFixture {

    public static final String CONVENOR = DemoAccounts.CONVENOR;
    public static final String MEMBER = DemoAccounts.MEMBER;
    public static final String PATIENT = DemoAccounts.PATIENT;
    public static final String OUTSIDER = DemoAccounts.COORDINATOR;
    public static final String ADMIN = DemoAccounts.ADMIN;

    private final GroupService groups;
    private final MeetingService meetings;
    private final AgendaService agendaService;
    private final AccountService accounts;

    public MeetingsFixture(
            GroupService groups, MeetingService meetings, AgendaService agendaService, AccountService accounts) {
        this.groups = groups;
        this.meetings = meetings;
        this.agendaService = agendaService;
        this.accounts = accounts;
    }

    public MeetingGroup group(Visibility visibility) {
        return group(visibility, SeatRole.PATIENT_REPRESENTATIVE);
    }

    /** As {@link #group(Visibility)}, with patient@'s seat given {@code patientSeat} as its role. */
    public MeetingGroup group(Visibility visibility, SeatRole patientSeat) {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        return SystemRunner.asSystem(() -> {
            MeetingGroup g = groups.create(new MeetingGroup(
                    "Test group " + suffix, "test-group-" + suffix, GroupKind.PROJECT_TEAM, null, visibility));
            groups.addSeat(g.getId(), memberId(CONVENOR), SeatRole.MEMBER, true);
            groups.addSeat(g.getId(), memberId(MEMBER), SeatRole.MEMBER, false);
            groups.addSeat(g.getId(), memberId(PATIENT), patientSeat, false);
            return groups.byId(g.getId()).orElseThrow();
        });
    }

    /** A meeting with two agenda items, its agenda published, starting at the given time. */
    public Meeting meeting(MeetingGroup g, LocalDateTime startsAt) {
        return SystemRunner.asSystem(() -> {
            Meeting m =
                    meetings.schedule(g.getId(), "Meeting " + startsAt.toLocalDate(), startsAt, 120, "Room 1", null);
            agendaService.addItem(m.getId(), "Welcome and declarations", "Convenor", 10, null);
            agendaService.addItem(m.getId(), "Project register", "Member", 50, "Works for the supplier");
            meetings.publishAgenda(m.getId());
            return meetings.meeting(m.getId()).orElseThrow();
        });
    }

    public Long memberId(String email) {
        return accounts.loadUserByUsername(email).memberId();
    }

    /** Runs as the given demo account, or as an anonymous visitor when {@code email} is null. */
    public <T> T as(String email, Supplier<T> work) {
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        if (email == null) {
            context.setAuthentication(new AnonymousAuthenticationToken(
                    "key", "anonymousUser", AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS")));
        } else {
            QUser user = accounts.loadUserByUsername(email);
            context.setAuthentication(
                    UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        }
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    public void as(String email, Runnable work) {
        as(email, () -> {
            work.run();
            return null;
        });
    }
}
