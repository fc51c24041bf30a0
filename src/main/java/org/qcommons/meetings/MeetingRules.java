package org.qcommons.meetings;

import org.qcommons.base.BusinessException;

/** Checks and tidy-ups that every meetings service applies the same way. */
final class MeetingRules {

    private MeetingRules() {}

    static void requireStatus(Meeting m, MeetingStatus expected, String message) {
        if (m.getStatus() != expected) {
            throw new BusinessException(message);
        }
    }

    static void requireNotPublished(Meeting m) {
        if (m.isMinutesFrozen()) {
            throw new BusinessException("The minutes of this meeting are approved; they can no longer be changed.");
        }
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }

    /** Notification titles are limited to 200 characters. */
    static String cut(String s) {
        return s.length() <= 200 ? s : s.substring(0, 197) + "...";
    }
}
