package org.qcommons.spc;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;

/**
 * One point with the lines of its baseline segment. Lines the chart does not draw are null; the moving range is
 * null for the first point of each segment. {@code side} is the way the point's signal points (null for common
 * cause); {@code conflict} says rules flagged it both ways and the conflict rule chose. A {@code ghosted} point is
 * drawn with its baseline's lines but took no part in them: it has no moving range, no rules and no signal
 * (decision 127).
 */
public record SpcPoint(
        LocalDate date,
        double value,
        int segment,
        double centre,
        Double upperLimit,
        Double lowerLimit,
        Double upperTwoSigma,
        Double lowerTwoSigma,
        Double movingRange,
        Double target,
        Map<SpcRule, Side> rules,
        Signal signal,
        Side side,
        boolean conflict,
        boolean ghosted) {

    public Set<SpcRule> ruleSet() {
        return rules.keySet();
    }

    public boolean isSpecialCause() {
        return signal != Signal.NONE;
    }
}
