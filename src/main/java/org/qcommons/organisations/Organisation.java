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
import jakarta.validation.constraints.Size;
import org.qcommons.base.AbstractEntity;

@Entity
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

    public Region getRegion() {
        return stp.getRegion();
    }

    @Override
    public String toString() {
        return name;
    }
}
