package org.qcommons.organisations;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.qcommons.base.AbstractEntity;

/** Sustainability and Transformation Partnership: the NHS's local planning footprint inside a region. */
@Entity
@Table(name = "stp")
public class Stp extends AbstractEntity {

    @Column(nullable = false, length = 160)
    private String name;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "region_id")
    private Region region;

    protected Stp() {}

    public Stp(String name, Region region) {
        this.name = name;
        this.region = region;
    }

    public String getName() {
        return name;
    }

    public Region getRegion() {
        return region;
    }

    @Override
    public String toString() {
        return name;
    }
}
