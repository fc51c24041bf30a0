package org.qcommons.spc;

import java.time.LocalDate;

/** A baseline: the points between two rebase points, with the lines calculated from them alone. */
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
        Double lowerTwoSigma) {}
