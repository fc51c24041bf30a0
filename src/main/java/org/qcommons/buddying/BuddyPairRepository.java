package org.qcommons.buddying;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface BuddyPairRepository extends JpaRepository<BuddyPair, Long> {

    String WITH_PEOPLE =
            "select p from BuddyPair p join fetch p.request r join fetch p.buddy b join fetch p.newcomer n "
                    + "left join fetch b.stp left join fetch n.stp ";

    @Query(WITH_PEOPLE + "where p.id = :id")
    Optional<BuddyPair> findWithPeople(@Param("id") Long id);

    @Query(WITH_PEOPLE + "where b.id = :memberId or n.id = :memberId order by p.proposedAt desc")
    List<BuddyPair> findInvolving(@Param("memberId") Long memberId);

    @Query(WITH_PEOPLE + "where r.id = :requestId order by p.proposedAt desc")
    List<BuddyPair> findByRequest(@Param("requestId") Long requestId);

    @Query(WITH_PEOPLE + "where p.status = org.qcommons.buddying.PairStatus.ACTIVE "
            + "and coalesce(p.lastCheckInOn, p.activatedOn) <= :quietSince "
            + "and (p.lastNudgedOn is null or p.lastNudgedOn <= :quietSince)")
    List<BuddyPair> findQuiet(@Param("quietSince") LocalDate quietSince);

    @Query("select p.buddy.id, count(p) from BuddyPair p where p.status in :statuses group by p.buddy.id")
    List<Object[]> countByBuddy(@Param("statuses") Collection<PairStatus> statuses);

    @Query("select count(p) from BuddyPair p where p.buddy.id = :buddyId and p.status in :statuses")
    long countForBuddy(@Param("buddyId") Long buddyId, @Param("statuses") Collection<PairStatus> statuses);

    @Query("select r.name, count(p) from BuddyPair p join p.newcomer n left join n.stp s left join s.region r "
            + "where p.status = org.qcommons.buddying.PairStatus.ACTIVE group by r.name order by r.name")
    List<Object[]> countActiveByRegion();

    long countByStatus(PairStatus status);

    @Query("select p.buddy.id from BuddyPair p where p.request.id = :requestId "
            + "and p.status = org.qcommons.buddying.PairStatus.DECLINED")
    List<Long> findDeclinedBuddies(@Param("requestId") Long requestId);

    @Query(
            "select p.request.id, p.buddy.id from BuddyPair p where p.status = org.qcommons.buddying.PairStatus.DECLINED "
                    + "and p.request.status = org.qcommons.buddying.RequestStatus.WAITING")
    List<Object[]> findDeclinedPairs();
}
