package org.qcommons.governance;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface CandidateRepository extends JpaRepository<Candidate, Long> {

    @Query("select c from Candidate c join fetch c.member where c.election.id = :electionId order by c.id")
    List<Candidate> findByElection(@Param("electionId") Long electionId);

    @Query("select c from Candidate c where c.election.id = :electionId and c.member.id = :memberId")
    Optional<Candidate> findOne(@Param("electionId") Long electionId, @Param("memberId") Long memberId);

    @Query("select c from Candidate c join fetch c.election e join fetch e.group where c.id = :id")
    Optional<Candidate> findWithElection(@Param("id") Long id);
}
