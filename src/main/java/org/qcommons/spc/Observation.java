package org.qcommons.spc;

import java.time.LocalDate;

/**
 * One dated value of a measure. A ghosted value stays on the chart but is left out of every calculation, as the
 * Making Data Count SQL's {@code [GhostFlag]} does (decision 127).
 */
public record Observation(LocalDate date, double value, boolean ghosted) {

    public Observation(LocalDate date, double value) {
        this(date, value, false);
    }

    public Observation ghost() {
        return new Observation(date, value, true);
    }
}
