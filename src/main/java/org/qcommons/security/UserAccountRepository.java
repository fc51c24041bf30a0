package org.qcommons.security;

import java.util.Optional;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

interface UserAccountRepository extends JpaRepository<UserAccount, Long> {

    @EntityGraph(attributePaths = {"member", "coordinatorFor"})
    Optional<UserAccount> findByUsernameIgnoreCase(String username);

    @EntityGraph(attributePaths = {"member", "coordinatorFor"})
    Optional<UserAccount> findByMemberId(Long memberId);

    boolean existsByUsernameIgnoreCase(String username);
}
