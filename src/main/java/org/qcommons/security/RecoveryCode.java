package org.qcommons.security;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import org.qcommons.base.AbstractEntity;

/** One single-use recovery code, stored as the SHA-256 of the code (it has about 80 random bits: nothing to guess). */
@Entity
@Table(name = "second_factor_recovery_code")
class RecoveryCode extends AbstractEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "account_id")
    private UserAccount account;

    @Column(name = "code_hash", nullable = false, length = 64)
    private String codeHash;

    @Column(name = "used_at")
    private Instant usedAt;

    protected RecoveryCode() {}

    RecoveryCode(UserAccount account, String codeHash) {
        this.account = account;
        this.codeHash = codeHash;
    }

    boolean isUsed() {
        return usedAt != null;
    }

    void use(Instant now) {
        this.usedAt = now;
    }
}
