package org.qcommons.governance;

import java.time.LocalDate;
import org.qcommons.base.BusinessException;
import org.qcommons.meetings.SeatRole;

/** What a convenor fills in to open an election. */
public record ElectionForm(
        String title,
        int seats,
        SeatRole role,
        LocalDate nominationsOpen,
        LocalDate nominationsClose,
        LocalDate votingOpen,
        LocalDate votingClose,
        LocalDate termStart,
        LocalDate termEnd) {

    /** Refuses a form with a missing title or date, too many seats, or dates out of order. */
    void check() {
        if (title() == null || title().isBlank()) {
            throw new BusinessException("Give the election a title.");
        }
        if (seats() < 1 || seats() > 20) {
            throw new BusinessException("An election fills between 1 and 20 seats.");
        }
        if (role() == null
                || nominationsOpen() == null
                || nominationsClose() == null
                || votingOpen() == null
                || votingClose() == null
                || termStart() == null
                || termEnd() == null) {
            throw new BusinessException("Fill in the seat role and every date.");
        }
        if (nominationsClose().isBefore(nominationsOpen())
                || votingOpen().isBefore(nominationsClose())
                || votingClose().isBefore(votingOpen())
                || termStart().isBefore(votingClose())
                || !termEnd().isAfter(termStart())) {
            throw new BusinessException("The dates must run in order: nominations, then voting, then the term, which"
                    + " ends after it starts.");
        }
    }
}
