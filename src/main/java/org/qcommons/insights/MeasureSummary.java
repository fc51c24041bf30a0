package org.qcommons.insights;

import org.qcommons.insights.spc.AssuranceIcon;
import org.qcommons.insights.spc.Signal;
import org.qcommons.insights.spc.VariationIcon;

/** A measure with what its chart currently says, for lists. */
public record MeasureSummary(Measure measure, int points, VariationIcon variation, AssuranceIcon assurance,
                             Signal latestSignal) {
}
