package org.qcommons.security;

import java.util.Optional;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface UserAccountRepository extends JpaRepository<UserAccount, Long> {

    @EntityGraph(attributePaths = {"member", "coordinatorFor"})
    Optional<UserAccount> findByUsernameIgnoreCase(String username);

    @EntityGraph(attributePaths = {"member", "coordinatorFor"})
    Optional<UserAccount> findByMemberId(Long memberId);

    boolean existsByUsernameIgnoreCase(String username);

    /** The stamp of a usable account, or empty when the account is disabled or gone: one look-up per navigation. */
    @Query("select a.securityStamp from UserAccount a where a.id = :accountId and a.enabled = true")
    Optional<Integer> usableStamp(Long accountId);

    @Modifying
    @Query("update UserAccount a set a.securityStamp = a.securityStamp + 1 where a.member.id = :memberId")
    int bumpStamp(Long memberId);
}
