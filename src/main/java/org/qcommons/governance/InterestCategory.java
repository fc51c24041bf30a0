package org.qcommons.governance;

/** The four categories of interest in NHS England's conflicts of interest guidance. */
public enum InterestCategory {
    FINANCIAL("Financial interest"),
    NON_FINANCIAL_PROFESSIONAL("Non-financial professional interest"),
    NON_FINANCIAL_PERSONAL("Non-financial personal interest"),
    INDIRECT("Indirect interest");

    private final String label;

    InterestCategory(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
