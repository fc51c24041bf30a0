package org.qcommons.projects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.qcommons.base.AbstractEntity;
import org.qcommons.base.FormerNames;

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

    @Column(name = "former_names", length = 1000)
    private String formerNames;

    /** The method this one was merged into. */
    @ManyToOne(fetch = FetchType.EAGER)
    @JoinColumn(name = "successor_id")
    private QiMethod successor;

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

    public void setActive(boolean active) {
        this.active = active;
    }

    public String getFormerNames() {
        return formerNames;
    }

    public QiMethod getSuccessor() {
        return successor;
    }

    /** Renames the method and keeps the old name among its former names. */
    void rename(String newName) {
        formerNames = FormerNames.add(formerNames, name, newName);
        this.name = newName;
        this.slug = Slugs.of(newName);
    }

    void retireInto(QiMethod successor) {
        this.successor = successor;
        this.active = false;
    }

    @Override
    public String toString() {
        return name;
    }
}
