package org.qcommons.exchange;

import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import org.qcommons.people.Member;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface ExchangeRepository extends JpaRepository<Exchange, Long> {

    /** Every workflow step takes this row lock first, so two steps on one exchange run one after the other. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select e from Exchange e where e.id = :id")
    Optional<Exchange> lockById(@Param("id") Long id);

    /** The visibility rule lives in the query: a row the user may not see never reaches a list. */
    @Query(value = """
            select e from Exchange e
            where (:all = true or e.member.id = :memberId or e.lender.id = :orgId or e.host.id = :orgId)
              and (:state is null or e.state = :state)
            """, countQuery = """
            select count(e) from Exchange e
            where (:all = true or e.member.id = :memberId or e.lender.id = :orgId or e.host.id = :orgId)
              and (:state is null or e.state = :state)
            """)
    Page<Exchange> findVisible(
            @Param("all") boolean all,
            @Param("memberId") Long memberId,
            @Param("orgId") Long orgId,
            @Param("state") ExchangeState state,
            Pageable pageable);

    @Query("select e from Exchange e where e.request.id = :requestId order by e.createdAt")
    List<Exchange> findByRequest(@Param("requestId") Long requestId);

    @Query("select count(e) > 0 from Exchange e where e.request.id = :requestId and e.member.id = :memberId")
    boolean existsFor(@Param("requestId") Long requestId, @Param("memberId") Long memberId);

    @Query("""
            select a.member from org.qcommons.security.UserAccount a
            where a.coordinatorFor.id = :orgId and a.enabled = true
              and org.qcommons.base.security.Role.ORG_COORDINATOR member of a.roles
            """)
    List<Member> findCoordinatorsOf(@Param("orgId") Long orgId);
}
