package org.qcommons.base.audit;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * One change to a record: when, who (the revision's user name, "former member" once erased, "system" for
 * start-up and scheduled work), what kind, and which fields changed from what to what.
 */
public record AuditEntry(
        long revision, Instant when, String who, String whoName, String kind, List<FieldChange> changes) {

    public static final String FORMER_MEMBER = "former member";

    /**
     * The person to show: their name and sign-in name while the account exists; erased members and background
     * work read as words, not as accounts.
     */
    public String whoLabel() {
        if (who == null || FORMER_MEMBER.equalsIgnoreCase(who)) {
            return "Former member";
        }
        if ("system".equals(who)) {
            return "System";
        }
        return whoName == null || whoName.isBlank() ? who : whoName + " (" + who + ")";
    }

    public record FieldChange(String field, String before, String after) {

        /** "qExchangeRound" reads as "Q exchange round". */
        public String label() {
            String spaced = field.replaceAll("([a-z0-9])([A-Z])", "$1 $2").toLowerCase(Locale.UK);
            return spaced.isEmpty() ? spaced : Character.toUpperCase(spaced.charAt(0)) + spaced.substring(1);
        }
    }
}
