package org.qcommons.skills;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.hibernate.envers.Audited;
import org.hibernate.envers.RelationTargetAuditMode;
import org.qcommons.base.AbstractEntity;
import org.qcommons.base.FormerNames;

/** An entry in the curated skills taxonomy. Retired skills stay for history but are not offered for new entries. */
@Entity
@Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
@Table(name = "skill")
public class Skill extends AbstractEntity {

    @NotBlank(message = "Enter a name")
    @Size(max = 120, message = "Use 120 characters or fewer")
    @Column(nullable = false, length = 120)
    private String name;

    @NotNull(message = "Choose a group")
    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "group_id")
    private SkillGroup group;

    @Column(nullable = false)
    private boolean active = true;

    @Column(name = "former_names", length = 1000)
    private String formerNames;

    /** The skill this one was merged into: every member, request and offer that had it moved there. */
    @ManyToOne(fetch = FetchType.EAGER)
    @JoinColumn(name = "successor_id")
    private Skill successor;

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

    public String getFormerNames() {
        return formerNames;
    }

    public Skill getSuccessor() {
        return successor;
    }

    /** Renames the skill and keeps the old name among its former names. */
    void rename(String newName) {
        formerNames = FormerNames.add(formerNames, name, newName);
        this.name = newName;
    }

    void retireInto(Skill successor) {
        this.successor = successor;
        this.active = false;
    }

    @Override
    public String toString() {
        return name;
    }
}
