package org.qcommons.security;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface SecondFactorRepository extends JpaRepository<SecondFactor, Long> {

    Optional<SecondFactor> findByAccountId(Long accountId);

    boolean existsByAccountId(Long accountId);

    @Modifying
    @Query("delete from SecondFactor f where f.account.id = :accountId")
    int deleteByAccount(Long accountId);
}
