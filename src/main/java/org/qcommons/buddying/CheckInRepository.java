package org.qcommons.buddying;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface CheckInRepository extends JpaRepository<CheckIn, Long> {

    /** The viewer must be one of the pair: notes never leave the pair, whoever asks. */
    @Query("select c from CheckIn c join fetch c.author join c.pair p "
            + "where p.id = :pairId and (p.buddy.id = :viewerId or p.newcomer.id = :viewerId) "
            + "order by c.heldOn desc, c.id desc")
    List<CheckIn> findForPairMember(@Param("pairId") Long pairId, @Param("viewerId") Long viewerId);

    long countByPairId(Long pairId);
}
