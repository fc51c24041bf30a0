package org.qcommons.organisations;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.qcommons.base.AbstractEntity;

@Entity
@Table(name = "region")
public class Region extends AbstractEntity {

    @Column(nullable = false, length = 120)
    private String name;

    @Column(nullable = false, length = 120)
    private String slug;

    @Column(nullable = false)
    private boolean retired;

    @Column(name = "former_names", length = 1000)
    private String formerNames;

    protected Region() {}

    public Region(String name, String slug) {
        this.name = name;
        this.slug = slug;
    }

    public String getName() {
        return name;
    }

    public String getSlug() {
        return slug;
    }

    /** Keeps the old name among the former names. */
    void rename(String newName) {
        if (name != null && !name.equalsIgnoreCase(newName)) {
            formerNames = formerNames == null || formerNames.isBlank() ? name : formerNames + "; " + name;
        }
        this.name = newName;
    }

    public boolean isRetired() {
        return retired;
    }

    void setRetired(boolean retired) {
        this.retired = retired;
    }

    public String getFormerNames() {
        return formerNames;
    }

    void setFormerNames(String formerNames) {
        this.formerNames = formerNames;
    }

    @Override
    public String toString() {
        return name;
    }
}
