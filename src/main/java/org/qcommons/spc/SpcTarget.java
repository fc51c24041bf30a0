package org.qcommons.spc;

import java.time.LocalDate;

/** A target in force from one date to another, both inclusive; either may be open (null). */
public record SpcTarget(double value, LocalDate from, LocalDate to) {

    public SpcTarget {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("A target needs a number");
        }
        if (from != null && to != null && to.isBefore(from)) {
            throw new IllegalArgumentException("A target cannot end before it starts");
        }
    }

    public boolean inForceOn(LocalDate date) {
        return (from == null || !date.isBefore(from)) && (to == null || !date.isAfter(to));
    }
}
