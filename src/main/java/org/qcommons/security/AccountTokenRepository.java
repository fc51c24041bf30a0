package org.qcommons.security;

import java.time.Instant;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface AccountTokenRepository extends JpaRepository<AccountToken, Long> {

    Optional<AccountToken> findByTokenHash(String tokenHash);

    /** An earlier link stops working when a new one of the same kind is issued. */
    @Modifying
    @Query("update AccountToken t set t.usedAt = :now where t.purpose = :purpose and t.usedAt is null"
            + " and (:memberId is null or t.member.id = :memberId)")
    int expireOpen(
            @Param("purpose") AccountToken.Purpose purpose,
            @Param("memberId") Long memberId,
            @Param("now") Instant now);
}
