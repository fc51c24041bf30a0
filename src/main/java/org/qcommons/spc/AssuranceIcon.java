package org.qcommons.spc;

/** The Making Data Count assurance icon: can the process, as it runs now, be relied on to meet the target? */
public enum AssuranceIcon {
    NONE("No assurance: no target, a neutral measure, or too few points for process limits"),
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

    /** The icon's text alternative in plain words. */
    public String describe() {
        return switch (this) {
            case NONE -> "No assurance icon";
            case CONSISTENTLY_PASSES -> "Assurance: the process will consistently pass the target";
            case CONSISTENTLY_FAILS -> "Assurance: the process will consistently fail the target unless it changes";
            case HIT_AND_MISS -> "Assurance: the process will sometimes pass and sometimes fail the target";
        };
    }
}
