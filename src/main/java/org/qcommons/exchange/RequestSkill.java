package org.qcommons.exchange;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.qcommons.base.AbstractEntity;
import org.qcommons.skills.Skill;
import org.qcommons.skills.SkillLevel;

/** One skill a request needs, at a minimum level. */
@Entity
@Table(name = "expertise_request_skill")
public class RequestSkill extends AbstractEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "request_id")
    private ExpertiseRequest request;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "skill_id")
    private Skill skill;

    @Enumerated(EnumType.STRING)
    @Column(name = "min_level", nullable = false, length = 20)
    private SkillLevel minLevel;

    protected RequestSkill() {}

    RequestSkill(ExpertiseRequest request, Skill skill, SkillLevel minLevel) {
        this.request = request;
        this.skill = skill;
        this.minLevel = minLevel;
    }

    public Skill getSkill() {
        return skill;
    }

    void raiseTo(SkillLevel level) {
        if (level.ordinal() > minLevel.ordinal()) {
            minLevel = level;
        }
    }

    /** A merged skill's successor takes its place. */
    void moveTo(Skill successor) {
        this.skill = successor;
    }

    public SkillLevel getMinLevel() {
        return minLevel;
    }

    @Override
    public String toString() {
        return skill.getName() + " (" + minLevel.label().toLowerCase() + " or above)";
    }
}
