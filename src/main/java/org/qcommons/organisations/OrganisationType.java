package org.qcommons.organisations;

public enum OrganisationType {
    ACUTE_TRUST("Acute trust"),
    MENTAL_HEALTH_TRUST("Mental health trust"),
    COMMUNITY("Community provider"),
    PRIMARY_CARE("Primary care"),
    COMMISSIONER("Commissioner (CCG)"),
    AHSN("Academic Health Science Network"),
    HOSPICE("Hospice"),
    CARE_HOME("Care home"),
    UNIVERSITY("University"),
    CHARITY("Charity"),
    OTHER("Other");

    private final String label;

    OrganisationType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
