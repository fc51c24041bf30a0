package org.qcommons.buddying;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface BuddyRequestRepository extends JpaRepository<BuddyRequest, Long> {

    @Query("select r from BuddyRequest r join fetch r.member m left join fetch m.stp where r.id = :id")
    Optional<BuddyRequest> findWithMember(@Param("id") Long id);

    @Query("select r from BuddyRequest r join fetch r.member m left join fetch m.stp "
            + "where m.id = :memberId and r.status in :statuses order by r.createdAt desc")
    List<BuddyRequest> findByMemberAndStatus(
            @Param("memberId") Long memberId, @Param("statuses") Collection<RequestStatus> statuses);

    @Query(
            value = "select r from BuddyRequest r join fetch r.member m left join fetch m.stp "
                    + "where r.status = org.qcommons.buddying.RequestStatus.WAITING",
            countQuery =
                    "select count(r) from BuddyRequest r where r.status = org.qcommons.buddying.RequestStatus.WAITING")
    Page<BuddyRequest> findWaiting(Pageable pageable);

    @Query("select r from BuddyRequest r join fetch r.member m left join fetch m.stp "
            + "where r.status = org.qcommons.buddying.RequestStatus.WAITING order by r.createdAt, r.id")
    List<BuddyRequest> findAllWaiting();

    long countByStatus(RequestStatus status);
}
