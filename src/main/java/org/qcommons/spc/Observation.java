package org.qcommons.spc;

import java.time.LocalDate;

/** One dated value of a measure. */
public record Observation(LocalDate date, double value) {}
