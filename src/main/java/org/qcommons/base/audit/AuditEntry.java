package org.qcommons.base.audit;

import java.time.Instant;
import java.util.List;

/**
 * One change to a record: when, who (the revision's user name, "former member" once erased, "system" for
 * start-up and scheduled work), what kind, and which fields changed from what to what.
 */
public record AuditEntry(long revision, Instant when, String who, String kind, List<FieldChange> changes) {

    public static final String FORMER_MEMBER = "former member";

    /** The name to show: erased members and background work read as words, not as accounts. */
    public String whoLabel() {
        if (who == null || FORMER_MEMBER.equalsIgnoreCase(who)) {
            return "Former member";
        }
        return "system".equals(who) ? "System" : who;
    }

    public record FieldChange(String field, String before, String after) {

        /** "qExchangeRound" reads as "Q exchange round". */
        public String label() {
            String spaced = field.replaceAll("([a-z0-9])([A-Z])", "$1 $2").toLowerCase(java.util.Locale.UK);
            return spaced.isEmpty() ? spaced : Character.toUpperCase(spaced.charAt(0)) + spaced.substring(1);
        }
    }
}
