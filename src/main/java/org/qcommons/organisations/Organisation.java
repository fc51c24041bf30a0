package org.qcommons.organisations;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.hibernate.envers.Audited;
import org.hibernate.envers.RelationTargetAuditMode;
import org.qcommons.base.AbstractEntity;

@Entity
@Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
@Table(name = "organisation")
public class Organisation extends AbstractEntity {

    @NotBlank(message = "Enter the organisation's name")
    @Size(max = 200, message = "Use 200 characters or fewer")
    @Column(nullable = false, length = 200)
    private String name;

    @NotNull(message = "Choose a type")
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 40)
    private OrganisationType type;

    @NotNull(message = "Choose an STP")
    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "stp_id")
    private Stp stp;

    /** The NHS Organisation Data Service code, when the organisation has one (an empty field means none). */
    @Pattern(regexp = OdsCode.PATTERN, message = OdsCode.MESSAGE)
    @Column(name = "ods_code", length = 10)
    private String odsCode;

    @Size(max = 10, message = "Use 10 characters or fewer")
    @Column(length = 10)
    private String postcode;

    @Column(name = "retired_on")
    private LocalDate retiredOn;

    /** The organisation this one merged into; read with it, as lists show it beside the retired one. */
    @ManyToOne(fetch = FetchType.EAGER)
    @JoinColumn(name = "successor_id")
    private Organisation successor;

    protected Organisation() {}

    public Organisation(String name, OrganisationType type, Stp stp) {
        this.name = name;
        this.type = type;
        this.stp = stp;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public OrganisationType getType() {
        return type;
    }

    public void setType(OrganisationType type) {
        this.type = type;
    }

    public Stp getStp() {
        return stp;
    }

    public void setStp(Stp stp) {
        this.stp = stp;
    }

    public String getOdsCode() {
        return odsCode;
    }

    public void setOdsCode(String odsCode) {
        this.odsCode = OdsCode.normalise(odsCode);
    }

    public String getPostcode() {
        return postcode;
    }

    public void setPostcode(String postcode) {
        this.postcode =
                postcode == null || postcode.isBlank() ? null : postcode.trim().toUpperCase();
    }

    public LocalDate getRetiredOn() {
        return retiredOn;
    }

    public boolean isRetired() {
        return retiredOn != null;
    }

    public Organisation getSuccessor() {
        return successor;
    }

    void retire(LocalDate on, Organisation successor) {
        this.retiredOn = on;
        this.successor = successor;
    }

    void reinstate() {
        this.retiredOn = null;
        this.successor = null;
    }

    public Region getRegion() {
        return stp.getRegion();
    }

    @Override
    public String toString() {
        return name;
    }
}
