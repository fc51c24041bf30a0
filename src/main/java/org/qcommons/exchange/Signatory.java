package org.qcommons.exchange;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import org.hibernate.envers.RelationTargetAuditMode;
import org.qcommons.base.AbstractEntity;
import org.qcommons.organisations.Organisation;
import org.qcommons.organisations.Stp;

/** An organisation that signed the concordat: it lends staff time and may ask for expertise in return. */
@Entity
@Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
@Table(name = "concordat_signatory")
public class Signatory extends AbstractEntity {

    @NotNull(message = "Choose the organisation")
    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "organisation_id")
    private Organisation organisation;

    @NotNull(message = "Enter the date the concordat was signed")
    @PastOrPresent(message = "The signing date cannot be in the future")
    @Column(name = "signed_on", nullable = false)
    private LocalDate signedOn;

    @NotBlank(message = "Enter who signed")
    @Size(max = 120, message = "Use 120 characters or fewer")
    @Column(name = "signed_by_name", nullable = false, length = 120)
    private String signedByName;

    @NotBlank(message = "Enter the signer's role, for example Chief Executive")
    @Size(max = 120, message = "Use 120 characters or fewer")
    @Column(name = "signed_by_role", nullable = false, length = 120)
    private String signedByRole;

    /** Null means no cap. */
    @Min(value = 1, message = "A cap must be at least one day, or leave it empty for no cap")
    @Max(value = 5000, message = "Enter a cap of 5,000 days or fewer")
    @Column(name = "lending_cap_days")
    private Integer lendingCapDays;

    /** Why an ADMIN ended the signature: written just before the row is deleted, so the history keeps it. */
    @Column(name = "end_reason", length = 500)
    private String endReason;

    @NotAudited
    @NotEmpty(message = "Choose at least one STP the signature covers")
    @ManyToMany(fetch = FetchType.EAGER)
    @JoinTable(
            name = "concordat_signatory_stp",
            joinColumns = @JoinColumn(name = "signatory_id"),
            inverseJoinColumns = @JoinColumn(name = "stp_id"))
    private Set<Stp> stpsCovered = new HashSet<>();

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected Signatory() {}

    /** A signature with no date yet: signing dates it today unless a date is given. */
    public Signatory(Organisation organisation) {
        this(organisation, null);
    }

    Signatory(Organisation organisation, LocalDate signedOn) {
        this.organisation = organisation;
        this.signedOn = signedOn;
        if (organisation != null) {
            stpsCovered.add(organisation.getStp());
        }
    }

    public Organisation getOrganisation() {
        return organisation;
    }

    public void setOrganisation(Organisation organisation) {
        this.organisation = organisation;
    }

    public LocalDate getSignedOn() {
        return signedOn;
    }

    public void setSignedOn(LocalDate signedOn) {
        this.signedOn = signedOn;
    }

    public String getSignedByName() {
        return signedByName;
    }

    public void setSignedByName(String signedByName) {
        this.signedByName = signedByName;
    }

    public String getSignedByRole() {
        return signedByRole;
    }

    public void setSignedByRole(String signedByRole) {
        this.signedByRole = signedByRole;
    }

    public Integer getLendingCapDays() {
        return lendingCapDays;
    }

    public void setLendingCapDays(Integer lendingCapDays) {
        this.lendingCapDays = lendingCapDays;
    }

    public Set<Stp> getStpsCovered() {
        return stpsCovered;
    }

    public void setStpsCovered(Set<Stp> stpsCovered) {
        this.stpsCovered = stpsCovered == null ? new HashSet<>() : new HashSet<>(stpsCovered);
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    void endBecause(String reason) {
        this.endReason = reason;
    }

    void stampCreated(Instant now) {
        if (createdAt == null) {
            createdAt = now;
        }
    }
}
