package org.qcommons.governance;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface ConcernNoteRepository extends JpaRepository<ConcernNote, Long> {

    @Query("select n from ConcernNote n where n.concernId = :concernId order by n.at, n.id")
    List<ConcernNote> findByConcern(@Param("concernId") Long concernId);
}
