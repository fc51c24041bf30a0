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

    @Column(nullable = false)
    private boolean retired;

    /** Earlier names, separated by "; ", so that searches still find an area by the name people knew. */
    @Column(name = "former_names", length = 1000)
    private String formerNames;

    /** The area this one became, when it was retired. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "successor_id")
    private Stp successor;

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

    public void setRegion(Region region) {
        this.region = region;
    }

    public boolean isRetired() {
        return retired;
    }

    void retireInto(Stp successor) {
        this.retired = true;
        this.successor = successor;
    }

    public Stp getSuccessor() {
        return successor;
    }

    public String getFormerNames() {
        return formerNames;
    }

    public void setFormerNames(String formerNames) {
        this.formerNames = formerNames;
    }

    /** Keeps the old name among the former names when an area is renamed. */
    void rename(String newName) {
        if (name != null && !name.equalsIgnoreCase(newName)) {
            formerNames = formerNames == null || formerNames.isBlank() ? name : formerNames + "; " + name;
        }
        this.name = newName;
    }

    @Override
    public String toString() {
        return name;
    }
}
