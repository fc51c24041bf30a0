package org.qcommons.security;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.qcommons.organisations.Organisation;

/** What a newcomer fills in to ask for an account. Bound field by field with Bean Validation. */
public class Registration {

    @NotBlank(message = "Enter your name")
    @Size(max = 120, message = "Use 120 characters or fewer")
    private String fullName;

    @NotBlank(message = "Enter an email address")
    @Email(message = "Enter an email address in the right format, like name@example.nhs.uk")
    @Size(max = 254, message = "Use 254 characters or fewer")
    private String email;

    @NotBlank(message = "Choose a password")
    @Size(min = PasswordPolicy.MIN, message = "Use at least 12 characters")
    @Size(max = PasswordPolicy.MAX, message = "Use 128 characters or fewer")
    private String password;

    @Size(max = 80, message = "Use 80 characters or fewer")
    private String profession;

    @Size(max = 120, message = "Use 120 characters or fewer")
    private String jobTitle;

    @NotNull(message = "Choose your organisation, or \"Other\" if it is not listed")
    private Organisation organisation;

    private boolean patientOrCarer;

    private boolean directoryConsent;

    @AssertTrue(message = "Please confirm that you are a Q member or applying to join")
    private boolean confirmsMembership;

    public String getFullName() {
        return fullName;
    }

    public void setFullName(String fullName) {
        this.fullName = fullName;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getProfession() {
        return profession;
    }

    public void setProfession(String profession) {
        this.profession = profession;
    }

    public String getJobTitle() {
        return jobTitle;
    }

    public void setJobTitle(String jobTitle) {
        this.jobTitle = jobTitle;
    }

    public Organisation getOrganisation() {
        return organisation;
    }

    public void setOrganisation(Organisation organisation) {
        this.organisation = organisation;
    }

    public boolean isPatientOrCarer() {
        return patientOrCarer;
    }

    public void setPatientOrCarer(boolean patientOrCarer) {
        this.patientOrCarer = patientOrCarer;
    }

    public boolean isDirectoryConsent() {
        return directoryConsent;
    }

    public void setDirectoryConsent(boolean directoryConsent) {
        this.directoryConsent = directoryConsent;
    }

    public boolean isConfirmsMembership() {
        return confirmsMembership;
    }

    public void setConfirmsMembership(boolean confirmsMembership) {
        this.confirmsMembership = confirmsMembership;
    }
}
