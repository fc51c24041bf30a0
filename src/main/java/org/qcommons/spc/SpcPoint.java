package org.qcommons.spc;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;

/**
 * One point with the lines of its baseline segment. Limits and 2-sigma lines are null on a run chart; the moving
 * range is null for the first point of each segment.
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
        Map<SpcRule, Side> rules,
        Signal signal) {

    public Set<SpcRule> ruleSet() {
        return rules.keySet();
    }

    public boolean isSpecialCause() {
        return signal != Signal.NONE;
    }
}
