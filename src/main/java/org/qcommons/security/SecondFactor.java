package org.qcommons.security;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import org.qcommons.base.AbstractEntity;

/** An account's TOTP authenticator (decision 111). The secret is held encrypted and never shown after enrolment. */
@Entity
@Table(name = "second_factor")
class SecondFactor extends AbstractEntity {

    @OneToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "account_id")
    private UserAccount account;

    @Column(name = "secret_encrypted", nullable = false, length = 255)
    private String secretEncrypted;

    @Column(name = "enrolled_at", nullable = false)
    private Instant enrolledAt;

    @Column(name = "last_used_step", nullable = false)
    private long lastUsedStep;

    protected SecondFactor() {}

    SecondFactor(UserAccount account, String secretEncrypted, Instant enrolledAt, long lastUsedStep) {
        this.account = account;
        this.secretEncrypted = secretEncrypted;
        this.enrolledAt = enrolledAt;
        this.lastUsedStep = lastUsedStep;
    }

    UserAccount getAccount() {
        return account;
    }

    String getSecretEncrypted() {
        return secretEncrypted;
    }

    Instant getEnrolledAt() {
        return enrolledAt;
    }

    long getLastUsedStep() {
        return lastUsedStep;
    }

    void used(long step) {
        this.lastUsedStep = step;
    }
}
