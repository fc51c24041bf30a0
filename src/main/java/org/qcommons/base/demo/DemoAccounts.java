package org.qcommons.base.demo;

import java.util.List;

/** The demo accounts that the seeders create and the tests sign in with. All share {@link #PASSWORD}. */
public final class DemoAccounts {

    public static final String PASSWORD = "qcommons-demo";
    public static final String MEMBER = "member@qcommons.test";
    public static final String PATIENT = "patient@qcommons.test";
    public static final String COORDINATOR = "coordinator@qcommons.test";
    /** The coordinator at Royal United Hospitals Bath, created by the exchange seeder. */
    public static final String COORDINATOR2 = "coordinator2@qcommons.test";

    public static final String CONVENOR = "convenor@qcommons.test";
    public static final String ADMIN = "admin@qcommons.test";

    /**
     * The demo ADMIN's two-factor secret (ADMINs must use a second factor). Published in the README so that a developer
     * can add it to an authenticator app or run {@code oathtool --totp -b <secret>}; demo data never seeds in the
     * production profile.
     */
    public static final String ADMIN_TOTP_SECRET = "QCOMMONSDEMOADMINTOTPKEY23456777";

    /** Every demo account's email ends so; seeders leave these people out of the pools they draw from. */
    public static final String DOMAIN = "@qcommons.test";

    /** The accounts the foundation seeder creates, in the order it creates them. */
    public static final List<String> FOUNDATION = List.of(MEMBER, PATIENT, COORDINATOR, CONVENOR, ADMIN);

    private DemoAccounts() {}

    public static boolean isDemoAccount(String email) {
        return email != null && email.endsWith(DOMAIN);
    }
}
