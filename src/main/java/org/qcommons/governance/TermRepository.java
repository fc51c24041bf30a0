package org.qcommons.governance;

import java.time.LocalDate;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface TermRepository extends JpaRepository<Term, Long> {

    @Query("select t from Term t join fetch t.member where t.election.id = :electionId order by t.id")
    List<Term> findByElection(@Param("electionId") Long electionId);

    @Query("select t from Term t where t.seatId is not null and t.termEnd < :today")
    List<Term> findEnded(@Param("today") LocalDate today);
}
