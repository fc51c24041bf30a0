package org.qcommons.governance;

public enum CandidateStatus {
    /** Nominated by someone else; not on the ballot until they accept. */
    AWAITING_ACCEPTANCE("Awaiting acceptance"),
    STANDING("Standing"),
    DECLINED("Declined"),
    WITHDRAWN("Withdrawn"),
    /** Had left the region, or Q, when voting opened, so was not put on the ballot (decision 133). */
    INELIGIBLE("Not eligible when voting opened");

    private final String label;

    CandidateStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
