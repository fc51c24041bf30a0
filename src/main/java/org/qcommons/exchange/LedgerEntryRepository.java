package org.qcommons.exchange;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface LedgerEntryRepository extends JpaRepository<LedgerEntry, Long> {

    @Query("select l from LedgerEntry l where l.exchangeId = :exchangeId order by l.id")
    List<LedgerEntry> findByExchange(@Param("exchangeId") Long exchangeId);

    @Query("select count(l) from LedgerEntry l where l.exchangeId = :exchangeId and l.posting <> 'CONFIRM'")
    long countAdjustments(@Param("exchangeId") Long exchangeId);
}
