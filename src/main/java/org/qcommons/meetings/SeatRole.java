package org.qcommons.meetings;

public enum SeatRole {
    MEMBER("Member"),
    PATIENT_REPRESENTATIVE("Patient/service-user representative"),
    PARTNER_LINK("Partner link"),
    ADMINISTRATOR("Administrator");

    private final String label;

    SeatRole(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
