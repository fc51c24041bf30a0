package org.qcommons.projects;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import java.util.Objects;
import org.hibernate.envers.Audited;
import org.hibernate.envers.RelationTargetAuditMode;
import org.qcommons.people.Member;

/** A member on a project's team, with the role they play (data analyst, patient partner, clinical lead...). */
@Embeddable
public class TeamMembership {

    // The team's history keeps who was on it; the member's own record is not audited.
    @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "member_id")
    private Member member;

    @Column(nullable = false, length = 80)
    private String role;

    protected TeamMembership() {}

    public TeamMembership(Member member, String role) {
        this.member = member;
        this.role = role;
    }

    public Member getMember() {
        return member;
    }

    public String getRole() {
        return role;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TeamMembership t && Objects.equals(member, t.member) && Objects.equals(role, t.role);
    }

    @Override
    public int hashCode() {
        return Objects.hash(member == null ? null : member.getId(), role);
    }

    /** How the audit trail shows a team change: "Sam Patel (data analyst)". */
    @Override
    public String toString() {
        return member + " (" + role + ")";
    }
}
