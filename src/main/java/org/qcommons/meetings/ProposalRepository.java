package org.qcommons.meetings;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface ProposalRepository extends JpaRepository<Proposal, Long> {

    @Query("select p from Proposal p join fetch p.author where p.group.id = :groupId order by p.createdAt desc")
    List<Proposal> findByGroup(@Param("groupId") Long groupId);

    @Query("select p from Proposal p join fetch p.group where p.id = :id")
    Optional<Proposal> findWithGroup(@Param("id") Long id);

    /** Decided proposals with an outcome worth a place among the group's decisions. */
    @Query("""
            select p from Proposal p where p.group.id = :groupId and p.decisionText is not null
            and p.outcome = org.qcommons.meetings.ProposalOutcome.AGREED order by p.decidedAt desc
            """)
    List<Proposal> findDecisions(@Param("groupId") Long groupId);

    @Query("""
            select r from ProposalResponse r join fetch r.member where r.proposal.id = :proposalId order by r.respondedAt
            """)
    List<ProposalResponse> findResponses(@Param("proposalId") Long proposalId);

    @Query("select r from ProposalResponse r where r.proposal.id = :proposalId and r.member.id = :memberId")
    Optional<ProposalResponse> findResponse(@Param("proposalId") Long proposalId, @Param("memberId") Long memberId);
}
