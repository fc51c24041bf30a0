package org.qcommons.meetings;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.hibernate.envers.Audited;
import org.hibernate.envers.RelationTargetAuditMode;
import org.qcommons.base.AbstractEntity;
import org.qcommons.people.Member;

/** A place in a group. It may be vacant; attendance is recorded per seat so a vacancy does not count as absence. */
@Entity
@Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
@Table(name = "mtg_seat")
public class Seat extends AbstractEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "group_id", nullable = false)
    private MeetingGroup group;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "member_id")
    private Member member;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private SeatRole role = SeatRole.MEMBER;

    @Column(nullable = false)
    private boolean convenor;

    @Column(nullable = false)
    private int position;

    protected Seat() {}

    /** Why the seat's role or convenorship last changed, for the history. */
    @Column(name = "role_reason", length = 500)
    private String roleReason;

    public Seat(MeetingGroup group, Member member, SeatRole role, boolean convenor, int position) {
        this.group = group;
        this.member = member;
        this.role = role;
        this.convenor = convenor;
        this.position = position;
    }

    public String describeRole() {
        return convenor ? "Convenor" + (role == SeatRole.MEMBER ? "" : ", " + role.label()) : role.label();
    }

    public MeetingGroup getGroup() {
        return group;
    }

    public Member getMember() {
        return member;
    }

    public void setMember(Member member) {
        this.member = member;
    }

    public SeatRole getRole() {
        return role;
    }

    public void setRole(SeatRole role) {
        this.role = role;
    }

    public boolean isConvenor() {
        return convenor;
    }

    public void setConvenor(boolean convenor) {
        this.convenor = convenor;
    }

    public int getPosition() {
        return position;
    }

    public String getRoleReason() {
        return roleReason;
    }

    void changeRole(SeatRole role, boolean convenor, String reason) {
        this.role = role;
        this.convenor = convenor;
        this.roleReason = reason;
    }
}
