package org.qcommons.security;

import java.time.Instant;
import java.util.List;
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

    /** Links of this purpose for the member still working, or expired after the given time. */
    @Query("select count(t) from AccountToken t where t.member.id = :memberId and t.purpose = :purpose"
            + " and t.expiresAt > :expiredAfter")
    long countExpiringAfter(
            @Param("memberId") Long memberId,
            @Param("purpose") AccountToken.Purpose purpose,
            @Param("expiredAfter") Instant expiredAfter);

    /** The open link of this purpose for the member, newest first: an email change still waiting for its link. */
    @Query("select t from AccountToken t where t.member.id = :memberId and t.purpose = :purpose"
            + " and t.usedAt is null and t.expiresAt > :now order by t.createdAt desc")
    List<AccountToken> findOpen(
            @Param("memberId") Long memberId,
            @Param("purpose") AccountToken.Purpose purpose,
            @Param("now") Instant now);

    @Modifying
    @Query("delete from AccountToken t where t.member.id = :memberId")
    int deleteByMemberId(@Param("memberId") Long memberId);
}
