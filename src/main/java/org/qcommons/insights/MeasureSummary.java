package org.qcommons.insights;

import org.qcommons.spc.AssuranceIcon;
import org.qcommons.spc.Signal;
import org.qcommons.spc.VariationIcon;

/** A measure with what its chart currently says, for lists. */
public record MeasureSummary(
        Measure measure, int points, VariationIcon variation, AssuranceIcon assurance, Signal latestSignal) {}
