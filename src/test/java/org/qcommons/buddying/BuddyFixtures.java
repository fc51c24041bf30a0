package org.qcommons.buddying;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.qcommons.base.security.QUser;
import org.qcommons.base.security.Role;
import org.qcommons.base.security.SystemRunner;
import org.qcommons.organisations.Organisation;
import org.qcommons.organisations.OrganisationService;
import org.qcommons.people.Member;
import org.qcommons.people.MemberService;
import org.qcommons.people.MemberStatus;
import org.qcommons.security.AccountService;
import org.qcommons.skills.Skill;
import org.qcommons.skills.SkillService;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/** Creates members with accounts, offers and requests of its own, so tests never depend on demo rows. */
public class BuddyFixtures {

    public static final String PASSWORD = "buddy-test-password";

    private final MemberService members;
    private final AccountService accounts;
    private final OrganisationService organisations;
    private final SkillService skills;
    private final BuddyService buddying;

    public BuddyFixtures(
            MemberService members,
            AccountService accounts,
            OrganisationService organisations,
            SkillService skills,
            BuddyService buddying) {
        this.members = members;
        this.accounts = accounts;
        this.organisations = organisations;
        this.skills = skills;
        this.buddying = buddying;
    }

    public Member member(String label, int organisationIndex, String profession, LocalDate joinedQ) {
        return SystemRunner.asSystem(() -> {
            List<Organisation> orgs = organisations.organisations();
            Organisation org = orgs.get(organisationIndex % orgs.size());
            String unique = UUID.randomUUID().toString().substring(0, 8);
            Member m = new Member(
                    label + " " + unique,
                    label.toLowerCase().replace(' ', '.') + "." + unique + "@buddy.qcommons.test");
            m.setOrganisation(org);
            m.setStp(org.getStp());
            m.setProfession(profession);
            m.setJoinedQ(joinedQ);
            m.setStatus(MemberStatus.ACTIVE);
            m.setDirectoryConsent(true);
            Member saved = members.saveNew(m);
            accounts.createActiveAccount(saved, PASSWORD, EnumSet.of(Role.MEMBER), null);
            return saved;
        });
    }

    public Member newcomer(String label) {
        return member(label, 0, "Nurse", LocalDate.now().minusMonths(2));
    }

    public Member experienced(String label) {
        return member(label, 0, "Nurse", LocalDate.of(2016, 9, 1));
    }

    public QUser signInAs(Member member) {
        QUser user = accounts.loadUserByUsername(member.getEmail());
        SecurityContextHolder.getContext()
                .setAuthentication(
                        UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        return user;
    }

    public QUser signInAs(String email) {
        QUser user = accounts.loadUserByUsername(email);
        SecurityContextHolder.getContext()
                .setAuthentication(
                        UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        return user;
    }

    public <T> T as(Member member, Supplier<T> work) {
        var previous = SecurityContextHolder.getContext().getAuthentication();
        signInAs(member);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.getContext().setAuthentication(previous);
        }
    }

    public Skill skill(String name) {
        return skills.activeSkills().stream()
                .filter(s -> s.getName().equals(name))
                .findFirst()
                .orElseThrow();
    }

    public BuddyOffer offer(Member buddy, int capacity, String... skillNames) {
        return as(buddy, () -> {
            BuddyOffer offer = buddying.newOfferForMe();
            offer.setCapacity(capacity);
            offer.setSkills(Set.of(skillNames).stream().map(this::skill).collect(Collectors.toSet()));
            offer.setModes(EnumSet.of(BuddyMode.VIDEO, BuddyMode.PHONE));
            return buddying.saveOffer(offer);
        });
    }

    public BuddyRequest request(Member newcomer, String... skillNames) {
        return as(newcomer, () -> {
            BuddyRequest request = buddying.newRequestForMe();
            request.setGoals("Learn to run my first PDSA cycle on the ward " + UUID.randomUUID());
            request.setSkills(Set.of(skillNames).stream().map(this::skill).collect(Collectors.toSet()));
            return buddying.saveRequest(request);
        });
    }
}
