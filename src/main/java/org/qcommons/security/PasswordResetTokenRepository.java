package org.qcommons.security;

import java.time.Instant;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface PasswordResetTokenRepository extends JpaRepository<PasswordResetToken, Long> {

    Optional<PasswordResetToken> findByTokenHash(String tokenHash);

    /** Once one link is used, the others sent to the same account stop working too. */
    @Modifying
    @Query("update PasswordResetToken t set t.usedAt = :now where t.account.id = :accountId and t.usedAt is null")
    int useAllOf(Long accountId, Instant now);

    @Modifying
    @Query("delete from PasswordResetToken t where t.account.id = :accountId")
    int deleteByAccountId(Long accountId);
}
