package org.qcommons.security;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface RecoveryCodeRepository extends JpaRepository<RecoveryCode, Long> {

    @Query(
            "select c from RecoveryCode c where c.account.id = :accountId and c.codeHash = :codeHash and c.usedAt is null")
    Optional<RecoveryCode> findOpen(Long accountId, String codeHash);

    @Query("select count(c) from RecoveryCode c where c.account.id = :accountId and c.usedAt is null")
    long countOpen(Long accountId);

    @Modifying
    @Query("delete from RecoveryCode c where c.account.id = :accountId")
    int deleteByAccount(Long accountId);
}
