package org.qcommons.people;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import org.qcommons.base.AbstractEntity;
import org.qcommons.base.CreationStamped;
import org.qcommons.organisations.Organisation;
import org.qcommons.organisations.Region;
import org.qcommons.organisations.Stp;

/** A Q member: clinician, manager, analyst, patient or carer. A patient representative is a full member. */
@Entity
@Table(name = "member")
public class Member extends AbstractEntity implements CreationStamped {

    @NotBlank(message = "Enter your name")
    @Size(max = 120, message = "Use 120 characters or fewer")
    @Column(name = "full_name", nullable = false, length = 120)
    private String fullName;

    @Size(max = 80, message = "Use 80 characters or fewer")
    private String profession;

    @Size(max = 120, message = "Use 120 characters or fewer")
    @Column(name = "job_title")
    private String jobTitle;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "organisation_id")
    private Organisation organisation;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "stp_id")
    private Stp stp;

    @PastOrPresent(message = "The date you joined Q cannot be in the future")
    @Column(name = "joined_q")
    private LocalDate joinedQ;

    @Column(name = "founding_cohort", nullable = false)
    private boolean foundingCohort;

    @Column(name = "patient_or_carer", nullable = false)
    private boolean patientOrCarer;

    @Column(name = "q_connector", nullable = false)
    private boolean qConnector;

    @Size(max = 2000, message = "Keep your bio to 2,000 characters or fewer")
    private String bio;

    @NotBlank(message = "Enter an email address")
    @Email(message = "Enter an email address in the right format, like name@example.nhs.uk")
    @Size(max = 254, message = "Use 254 characters or fewer")
    @Column(nullable = false, length = 254)
    private String email;

    @Column(name = "directory_consent", nullable = false)
    private boolean directoryConsent;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private MemberStatus status = MemberStatus.PENDING;

    @Min(value = 0, message = "Days cannot be negative")
    @Max(value = 65, message = "A quarter has at most 65 working days")
    @Column(name = "availability_days_per_quarter", nullable = false)
    private int availabilityDaysPerQuarter;

    @Column(name = "works_remotely", nullable = false)
    private boolean worksRemotely = true;

    @Column(name = "can_travel", nullable = false)
    private boolean canTravel;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected Member() {}

    /** The record this duplicate was merged into; set once, when the duplicate is closed. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "merged_into_id")
    private Member mergedInto;

    public Member(String fullName, String email) {
        this.fullName = fullName;
        this.email = email;
    }

    /** Region follows the STP the member works in. */
    public Region getRegion() {
        return stp == null ? null : stp.getRegion();
    }

    public boolean isActive() {
        return status == MemberStatus.ACTIVE;
    }

    public String getFullName() {
        return fullName;
    }

    public void setFullName(String fullName) {
        this.fullName = fullName;
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

    public Stp getStp() {
        return stp;
    }

    public void setStp(Stp stp) {
        this.stp = stp;
    }

    public LocalDate getJoinedQ() {
        return joinedQ;
    }

    public void setJoinedQ(LocalDate joinedQ) {
        this.joinedQ = joinedQ;
    }

    public boolean isFoundingCohort() {
        return foundingCohort;
    }

    public void setFoundingCohort(boolean foundingCohort) {
        this.foundingCohort = foundingCohort;
    }

    public boolean isPatientOrCarer() {
        return patientOrCarer;
    }

    public void setPatientOrCarer(boolean patientOrCarer) {
        this.patientOrCarer = patientOrCarer;
    }

    public boolean isQConnector() {
        return qConnector;
    }

    public void setQConnector(boolean qConnector) {
        this.qConnector = qConnector;
    }

    public String getBio() {
        return bio;
    }

    public void setBio(String bio) {
        this.bio = bio;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public boolean isDirectoryConsent() {
        return directoryConsent;
    }

    public void setDirectoryConsent(boolean directoryConsent) {
        this.directoryConsent = directoryConsent;
    }

    public MemberStatus getStatus() {
        return status;
    }

    public void setStatus(MemberStatus status) {
        this.status = status;
    }

    public int getAvailabilityDaysPerQuarter() {
        return availabilityDaysPerQuarter;
    }

    public void setAvailabilityDaysPerQuarter(int days) {
        this.availabilityDaysPerQuarter = days;
    }

    public boolean isWorksRemotely() {
        return worksRemotely;
    }

    public void setWorksRemotely(boolean worksRemotely) {
        this.worksRemotely = worksRemotely;
    }

    public boolean isCanTravel() {
        return canTravel;
    }

    public void setCanTravel(boolean canTravel) {
        this.canTravel = canTravel;
    }

    @Override
    public void stampCreated(Instant createdAt) {
        this.createdAt = createdAt;
    }

    @Override
    public Instant getCreatedAt() {
        return createdAt;
    }

    @Override
    public String toString() {
        return fullName;
    }

    public Member getMergedInto() {
        return mergedInto;
    }

    /** Closes this duplicate record: it can no longer be listed or sign in, and points to the record kept. */
    void mergeInto(Member kept) {
        this.mergedInto = kept;
        this.status = MemberStatus.DEACTIVATED;
        this.directoryConsent = false;
    }
}
