package org.qcommons.security;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.qcommons.base.security.Role;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface UserAccountRepository extends JpaRepository<UserAccount, Long> {

    @EntityGraph(attributePaths = {"member", "coordinatorFor"})
    Optional<UserAccount> findByUsernameIgnoreCase(String username);

    @EntityGraph(attributePaths = {"member", "coordinatorFor"})
    Optional<UserAccount> findByMemberId(Long memberId);

    boolean existsByUsernameIgnoreCase(String username);

    @Query("select count(a) from UserAccount a join a.member m where a.enabled = true"
            + " and m.status = org.qcommons.people.MemberStatus.ACTIVE"
            + " and org.qcommons.base.security.Role.ADMIN member of a.roles")
    long countActiveAdmins();

    @Query("select count(a) > 0 from UserAccount a where org.qcommons.base.security.Role.ADMIN member of a.roles")
    boolean anyAdmin();

    @EntityGraph(attributePaths = {"member", "coordinatorFor"})
    @Query("select a from UserAccount a where :role member of a.roles and a.enabled = true order by a.member.fullName")
    List<UserAccount> findEnabledWithRole(@Param("role") Role role);

    @EntityGraph(attributePaths = {"member", "coordinatorFor"})
    @Query("select a from UserAccount a where a.coordinatorFor.id = :orgId and a.enabled = true"
            + " and org.qcommons.base.security.Role.ORG_COORDINATOR member of a.roles order by a.member.fullName")
    List<UserAccount> findCoordinatorsOf(@Param("orgId") Long orgId);

    @EntityGraph(attributePaths = {"member", "coordinatorFor"})
    @Query("select a from UserAccount a where a.coordinatorFor.id = :orgId")
    List<UserAccount> findByCoordinatorFor(@Param("orgId") Long orgId);

    /** The stamp of a usable account, or empty when the account is disabled or gone: one look-up per navigation. */
    @Query("select a.securityStamp from UserAccount a where a.id = :accountId and a.enabled = true")
    Optional<Integer> usableStamp(Long accountId);

    @Modifying
    @Query("update UserAccount a set a.securityStamp = a.securityStamp + 1 where a.member.id = :memberId")
    int bumpStamp(Long memberId);

    /**
     * Accounts whose member never confirmed their address: created before {@code createdBefore} and with no
     * confirmation link that expired after {@code expiredBefore} (so none still works either).
     */
    @Query("select a.id from UserAccount a join a.member m where m.status = org.qcommons.people.MemberStatus.UNVERIFIED"
            + " and m.createdAt < :createdBefore and not exists (select t.id from AccountToken t where t.member = m"
            + " and t.purpose = :purpose and t.expiresAt > :expiredBefore) order by a.id")
    List<Long> findUnconfirmedSince(
            @Param("createdBefore") Instant createdBefore,
            @Param("expiredBefore") Instant expiredBefore,
            @Param("purpose") AccountToken.Purpose purpose);
}
