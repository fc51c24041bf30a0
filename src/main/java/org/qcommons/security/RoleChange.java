package org.qcommons.security;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import org.qcommons.base.AbstractEntity;
import org.qcommons.base.security.Role;
import org.qcommons.organisations.Organisation;
import org.qcommons.people.Member;

/** One grant or revocation of a role: who, for whom, when and why. Written once, never edited. */
@Entity
@Table(name = "role_change")
public class RoleChange extends AbstractEntity {

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "member_id")
    private Member member;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private Role role;

    @ManyToOne(fetch = FetchType.EAGER)
    @JoinColumn(name = "organisation_id")
    private Organisation organisation;

    @Column(nullable = false)
    private boolean granted;

    @Column(nullable = false, length = 500)
    private String reason;

    @Column(name = "changed_by", nullable = false, length = 254)
    private String changedBy;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    protected RoleChange() {}

    RoleChange(
            Member member,
            Role role,
            Organisation organisation,
            boolean granted,
            String reason,
            String changedBy,
            Instant changedAt) {
        this.member = member;
        this.role = role;
        this.organisation = organisation;
        this.granted = granted;
        this.reason = reason;
        this.changedBy = changedBy;
        this.changedAt = changedAt;
    }

    public Member getMember() {
        return member;
    }

    public Role getRole() {
        return role;
    }

    public Organisation getOrganisation() {
        return organisation;
    }

    public boolean isGranted() {
        return granted;
    }

    public String getReason() {
        return reason;
    }

    public String getChangedBy() {
        return changedBy;
    }

    public Instant getChangedAt() {
        return changedAt;
    }

    /** "Organisation coordinator for North Bristol NHS Trust". */
    public String describe() {
        return role.label() + (organisation == null ? "" : " for " + organisation.getName());
    }
}
