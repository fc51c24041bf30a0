package org.qcommons.meetings;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface SeatRepository extends JpaRepository<Seat, Long> {

    @Query(
            "select s from Seat s left join fetch s.member where s.group.id = :groupId order by s.convenor desc, s.position, s.id")
    List<Seat> findByGroup(@Param("groupId") Long groupId);

    @Query("select s from Seat s where s.group.id = :groupId and s.member.id = :memberId")
    List<Seat> findHeldBy(@Param("groupId") Long groupId, @Param("memberId") Long memberId);

    long countByGroupId(Long groupId);
}
