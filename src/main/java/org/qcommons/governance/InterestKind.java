package org.qcommons.governance;

/**
 * What a declaration is about, each under the category NHS England's "Managing conflicts of interest in the NHS"
 * (2017) gives it: financial, non-financial professional, non-financial personal, or indirect.
 */
public enum InterestKind {
    EMPLOYMENT("Employment or consultancy", InterestCategory.FINANCIAL),
    DIRECTORSHIP("Directorship or shareholding", InterestCategory.FINANCIAL),
    SPONSORSHIP("Sponsorship or hospitality", InterestCategory.FINANCIAL),
    RESEARCH_FUNDING("Research funding or grant", InterestCategory.NON_FINANCIAL_PROFESSIONAL),
    MEMBERSHIP("Membership of a body or advisory role", InterestCategory.NON_FINANCIAL_PERSONAL),
    CLOSE_RELATIONSHIP("Close relationship with someone who has an interest", InterestCategory.INDIRECT);

    private final String label;
    private final InterestCategory category;

    InterestKind(String label, InterestCategory category) {
        this.label = label;
        this.category = category;
    }

    public String label() {
        return label;
    }

    public InterestCategory category() {
        return category;
    }
}
