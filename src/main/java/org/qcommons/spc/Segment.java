package org.qcommons.spc;

import java.time.LocalDate;

/**
 * A baseline: the points between two rebase points, with the lines calculated from them alone (from the first
 * {@code limitPoints} of them when the limits are fixed). Lines a chart type does not draw are null.
 */
public record Segment(
        int index,
        LocalDate start,
        LocalDate end,
        int size,
        double centre,
        Double meanMovingRange,
        Double upperLimit,
        Double lowerLimit,
        Double upperTwoSigma,
        Double lowerTwoSigma,
        Double movingRangeLimit,
        int limitPoints) {}
