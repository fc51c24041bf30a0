package org.qcommons.governance;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface ElectionLogRepository extends JpaRepository<ElectionLog, Long> {

    @Query("select l from ElectionLog l where l.electionId = :electionId order by l.at, l.id")
    List<ElectionLog> findByElection(@Param("electionId") Long electionId);
}
