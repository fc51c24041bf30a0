package org.qcommons.governance;

import java.time.LocalDate;
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
        LocalDate termEnd) {}
