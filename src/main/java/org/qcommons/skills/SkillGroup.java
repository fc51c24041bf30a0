package org.qcommons.skills;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.qcommons.base.AbstractEntity;
import org.qcommons.base.FormerNames;

/** A heading of the skills taxonomy (QI methods, People, Data…), which ADMINs add, rename, retire and merge. */
@Entity
@Table(name = "skill_group")
public class SkillGroup extends AbstractEntity {

    @NotBlank(message = "Enter a name")
    @Size(max = 60, message = "Use 60 characters or fewer")
    @Column(nullable = false, length = 60)
    private String name;

    @Column(name = "former_names", length = 1000)
    private String formerNames;

    @Column(nullable = false)
    private boolean active = true;

    protected SkillGroup() {}

    public SkillGroup(String name) {
        this.name = name;
    }

    public String getName() {
        return name;
    }

    /** The name shown in lists and on members' skills. */
    public String label() {
        return name;
    }

    void rename(String newName) {
        formerNames = FormerNames.add(formerNames, name, newName);
        this.name = newName;
    }

    public String getFormerNames() {
        return formerNames;
    }

    public boolean isActive() {
        return active;
    }

    void setActive(boolean active) {
        this.active = active;
    }

    @Override
    public String toString() {
        return name;
    }
}
