package org.qcommons.projects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.qcommons.base.AbstractEntity;

/** A quality-improvement method a project uses: PDSA, SPC, Lean, process mapping and so on. */
@Entity
@Table(name = "qi_method")
public class QiMethod extends AbstractEntity {

    @NotBlank(message = "Enter a name")
    @Size(max = 100, message = "Use 100 characters or fewer")
    @Column(nullable = false, length = 100)
    private String name;

    @Column(nullable = false, length = 100)
    private String slug;

    @Column(nullable = false)
    private boolean active = true;

    protected QiMethod() {}

    public QiMethod(String name) {
        this.name = name;
        this.slug = Slugs.of(name);
    }

    public String getName() {
        return name;
    }

    public String getSlug() {
        return slug;
    }

    public boolean isActive() {
        return active;
    }

    @Override
    public String toString() {
        return name;
    }
}
