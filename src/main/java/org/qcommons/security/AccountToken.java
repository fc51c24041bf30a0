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
import org.qcommons.people.Member;

/** A one-time link (first-run setup, an invitation, confirming a registration's address). Only the SHA-256 of the secret is stored. */
@Entity
@Table(name = "account_token")
class AccountToken extends AbstractEntity {

    enum Purpose {
        SETUP,
        INVITATION,
        VERIFY_EMAIL,
        EMAIL_CHANGE
    }

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Purpose purpose;

    @Column(name = "token_hash", nullable = false, length = 64)
    private String tokenHash;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "member_id")
    private Member member;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(name = "used_at")
    private Instant usedAt;

    /** For an email change: the address it changes to once the link sent there is used. */
    @Column(name = "new_email", length = 254)
    private String newEmail;

    protected AccountToken() {}

    AccountToken(Purpose purpose, String tokenHash, Member member, Instant createdAt, Instant expiresAt) {
        this.purpose = purpose;
        this.tokenHash = tokenHash;
        this.member = member;
        this.createdAt = createdAt;
        this.expiresAt = expiresAt;
    }

    Purpose getPurpose() {
        return purpose;
    }

    Member getMember() {
        return member;
    }

    String getNewEmail() {
        return newEmail;
    }

    void setNewEmail(String newEmail) {
        this.newEmail = newEmail;
    }

    boolean usableAt(Instant now) {
        return usedAt == null && now.isBefore(expiresAt);
    }

    void use(Instant now) {
        this.usedAt = now;
    }
}
