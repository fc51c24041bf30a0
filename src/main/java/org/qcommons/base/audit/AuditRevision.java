package org.qcommons.base.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.envers.RevisionEntity;
import org.hibernate.envers.RevisionNumber;
import org.hibernate.envers.RevisionTimestamp;

/**
 * One Envers revision: when and by whom. Written once and never edited, so it has no @Version, unlike every
 * other entity.
 */
@Entity
@Table(name = "audit_revision")
@RevisionEntity(AuditRevisionListener.class)
public class AuditRevision {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @RevisionNumber
    private Long id;

    @RevisionTimestamp
    @Column(name = "changed_at", nullable = false)
    private long changedAt;

    @Column(length = 254)
    private String username;

    /** Whose change it was: erasure finds the member's revisions by this, not by a name. */
    @Column(name = "member_id")
    private Long memberId;

    public Long getId() {
        return id;
    }

    public long getChangedAt() {
        return changedAt;
    }

    public String getUsername() {
        return username;
    }

    void setUsername(String username) {
        this.username = username;
    }

    void setMemberId(Long memberId) {
        this.memberId = memberId;
    }
}
