package org.qcommons.spc;

/** The side of the centre line a signal points to: above (or rising) is HIGH, below (or falling) is LOW. */
public enum Side {
    HIGH,
    LOW
}
