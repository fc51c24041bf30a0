package org.qcommons.spc;

/** The Making Data Count assurance icon: can the process, as it runs now, be relied on to meet the target? */
public enum AssuranceIcon {
    NONE("No assurance: no target, or too few points for process limits"),
    CONSISTENTLY_PASSES("Consistently passes the target"),
    CONSISTENTLY_FAILS("Consistently fails the target"),
    HIT_AND_MISS("Hit and miss: the target lies between the process limits");

    private final String label;

    AssuranceIcon(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
