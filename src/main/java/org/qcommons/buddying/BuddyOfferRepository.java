package org.qcommons.buddying;

import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface BuddyOfferRepository extends JpaRepository<BuddyOffer, Long> {

    @Query("select o from BuddyOffer o join fetch o.member m left join fetch m.stp where m.id = :memberId")
    Optional<BuddyOffer> findByMemberId(@Param("memberId") Long memberId);

    /** Taken before a proposal, so two people asking the same buddy at once cannot both get the last place. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select o from BuddyOffer o where o.member.id = :memberId")
    Optional<BuddyOffer> lockByMemberId(@Param("memberId") Long memberId);

    @Query("select o from BuddyOffer o join fetch o.member m left join fetch m.stp "
            + "where o.active = true and m.status = org.qcommons.people.MemberStatus.ACTIVE")
    List<BuddyOffer> findActive();

    @Query("select o from BuddyOffer o join fetch o.member m left join fetch m.stp order by m.fullName")
    List<BuddyOffer> findAllWithMembers();
}
