package org.qcommons.exchange;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

/** The home page's questions about exchanges and requests: few rows each, found by index. */
interface ExchangeTaskRepository extends Repository<Exchange, Long> {

    /** Exchanges in these states where the member is lent, or the organisation lends or hosts. */
    @Query("""
            select e from Exchange e join fetch e.request r join fetch e.member m
            where e.state in :states
              and (m.id = :memberId or e.lender.id = :orgId or e.host.id = :orgId)
            order by e.createdAt
            """)
    List<Exchange> findOpenFor(
            @Param("memberId") Long memberId,
            @Param("orgId") Long orgId,
            @Param("states") Collection<ExchangeState> states);

    /**
     * Open requests from other organisations, made since {@code since}, that need a skill the member offers, and that
     * the member has not been invited to yet.
     */
    @Query("""
            select distinct r from ExpertiseRequest r
            where r.status = org.qcommons.exchange.RequestStatus.OPEN and r.createdAt >= :since
              and r.createdBy.id <> :memberId
              and exists (select 1 from RequestSkill rs, org.qcommons.skills.MemberSkill ms
                          where rs.request = r and ms.skill = rs.skill and ms.member.id = :memberId
                            and ms.offered = true)
              and not exists (select 1 from Exchange e where e.request = r and e.member.id = :memberId)
            order by r.createdAt desc
            """)
    List<ExpertiseRequest> findMatchingOpenRequests(@Param("memberId") Long memberId, @Param("since") Instant since);

    /** Open requests the member raised, or that their organisation raised when they coordinate it. */
    @Query("""
            select r from ExpertiseRequest r
            where r.status = org.qcommons.exchange.RequestStatus.OPEN
              and (r.createdBy.id = :memberId or r.requestingOrg.id = :orgId)
            order by r.startsOn
            """)
    List<ExpertiseRequest> findOpenRequestsOf(@Param("memberId") Long memberId, @Param("orgId") Long orgId);
}
