package org.qcommons.cluster;

import java.util.Set;
import org.qcommons.base.security.Role;
import org.qcommons.base.security.SystemRunner;
import org.qcommons.organisations.OrganisationService;
import org.qcommons.organisations.Region;
import org.qcommons.organisations.Stp;
import org.qcommons.people.Member;
import org.qcommons.people.MemberService;
import org.qcommons.people.MemberStatus;
import org.qcommons.security.AccountService;

/**
 * The cluster's own people. The nodes run the mariadb profile, which never seeds demo data or demo accounts
 * (issue 17), so the test makes the members it signs in as, once per database, through the real services.
 */
final class ClusterPeople {

    static final String MEMBER = "cluster-member@cluster.test";
    static final String CONVENOR = "cluster-convenor@cluster.test";
    static final String PASSWORD = "cluster test password 2026";

    private ClusterPeople() {}

    static void ensure(OrganisationService organisations, MemberService members, AccountService accounts) {
        SystemRunner.asSystem(() -> {
            Stp stp = organisations.stps().stream().findFirst().orElseGet(() -> {
                Region region = organisations.regions().stream()
                        .findFirst()
                        .orElseGet(() -> organisations.createRegion("Cluster Region", "cluster-region"));
                return organisations.createStp("Cluster STP", region);
            });
            person(members, accounts, stp, MEMBER, "Casey Cluster", Role.MEMBER);
            person(members, accounts, stp, CONVENOR, "Corin Convenor", Role.MEMBER, Role.CONVENOR);
            return null;
        });
    }

    private static void person(
            MemberService members, AccountService accounts, Stp stp, String email, String name, Role... roles) {
        if (members.byEmail(email).isPresent()) {
            return;
        }
        Member member = new Member(name, email);
        member.setStp(stp);
        member.setStatus(MemberStatus.ACTIVE);
        member.setDirectoryConsent(true);
        Member saved = members.saveNew(member);
        accounts.createActiveAccount(saved, PASSWORD, Set.of(roles), null);
    }
}
