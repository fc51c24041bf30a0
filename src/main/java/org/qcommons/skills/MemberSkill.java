package org.qcommons.skills;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.qcommons.base.AbstractEntity;
import org.qcommons.people.Member;

/** One skill a member holds, at a level, optionally offered through the concordat. */
@Entity
@Table(name = "member_skill")
public class MemberSkill extends AbstractEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "member_id")
    private Member member;

    @NotNull(message = "Choose a skill")
    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "skill_id")
    private Skill skill;

    @NotNull(message = "Choose a level")
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private SkillLevel level = SkillLevel.PRACTITIONER;

    @Size(max = 1000, message = "Use 1,000 characters or fewer")
    private String evidence;

    @Column(nullable = false)
    private boolean offered;

    protected MemberSkill() {}

    public MemberSkill(Member member, Skill skill, SkillLevel level, boolean offered) {
        this.member = member;
        this.skill = skill;
        this.level = level;
        this.offered = offered;
    }

    public Member getMember() {
        return member;
    }

    public Skill getSkill() {
        return skill;
    }

    public void setSkill(Skill skill) {
        this.skill = skill;
    }

    public SkillLevel getLevel() {
        return level;
    }

    public void setLevel(SkillLevel level) {
        this.level = level;
    }

    public String getEvidence() {
        return evidence;
    }

    public void setEvidence(String evidence) {
        this.evidence = evidence;
    }

    public boolean isOffered() {
        return offered;
    }

    public void setOffered(boolean offered) {
        this.offered = offered;
    }
}
