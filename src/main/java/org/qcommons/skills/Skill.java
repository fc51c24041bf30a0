package org.qcommons.skills;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.qcommons.base.AbstractEntity;

/** An entry in the curated skills taxonomy. Retired skills stay for history but are not offered for new entries. */
@Entity
@Table(name = "skill")
public class Skill extends AbstractEntity {

    @NotBlank(message = "Enter a name")
    @Size(max = 120, message = "Use 120 characters or fewer")
    @Column(nullable = false, length = 120)
    private String name;

    @NotNull(message = "Choose a group")
    @Enumerated(EnumType.STRING)
    @Column(name = "skill_group", nullable = false, length = 20)
    private SkillGroup group;

    @Column(nullable = false)
    private boolean active = true;

    protected Skill() {}

    public Skill(String name, SkillGroup group) {
        this.name = name;
        this.group = group;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public SkillGroup getGroup() {
        return group;
    }

    public void setGroup(SkillGroup group) {
        this.group = group;
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }

    @Override
    public String toString() {
        return name;
    }
}
