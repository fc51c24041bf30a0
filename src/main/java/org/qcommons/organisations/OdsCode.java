package org.qcommons.organisations;

import java.util.Locale;

/**
 * NHS Organisation Data Service codes: 3 to 6 letters and digits for organisations (trusts "RVJ", practices
 * "L81001", ICBs "QUY"), with an optional 2-digit site suffix for a site of a trust ("RVJ01"). Letters are kept in
 * upper case, as ODS publishes them; lower case is accepted on entry.
 */
public final class OdsCode {

    static final String PATTERN = "^([A-Za-z0-9]{3,6}([0-9]{2})?)?$";
    static final String MESSAGE = "Enter an ODS code of 3 to 8 letters and digits, like RVJ or L81001";

    private OdsCode() {}

    public static String normalise(String code) {
        return code == null || code.isBlank() ? null : code.trim().toUpperCase(Locale.UK);
    }

    public static boolean valid(String code) {
        String c = normalise(code);
        return c == null || c.matches(PATTERN);
    }
}
