package org.qcommons.security;

import java.util.UUID;
import org.qcommons.base.security.SystemRunner;
import org.qcommons.organisations.OrganisationService;
import org.qcommons.people.Member;

/** A fresh, approved account for one test, so that tests never change the shared demo accounts. */
public final class NewAccounts {

    public static final String PASSWORD = "a-long-password-1";

    private NewAccounts() {}

    /** Registers and approves a new member; returns the sign-in email. */
    public static String active(AccountService accounts, OrganisationService organisations, String prefix) {
        String email = prefix + "-" + UUID.randomUUID() + "@test.qcommons.example";
        Registration r = new Registration();
        r.setFullName("Test " + prefix);
        r.setEmail(email);
        r.setPassword(PASSWORD);
        r.setOrganisation(organisations.organisations().getFirst());
        r.setConfirmsMembership(true);
        Member member = accounts.register(r);
        SystemRunner.asSystem(() -> accounts.approve(member.getId()));
        return email;
    }
}
