package org.qcommons.meetings;

import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface MeetingRepository extends JpaRepository<Meeting, Long> {

    @Query("select m from Meeting m join fetch m.group g left join fetch g.region where m.id = :id")
    Optional<Meeting> findWithGroup(@Param("id") Long id);

    @Query("select m from Meeting m where m.group.id = :groupId order by m.startsAt desc")
    List<Meeting> findByGroup(@Param("groupId") Long groupId);

    @Query("select m from Meeting m where m.group.id = :groupId and m.status in :statuses order by m.startsAt desc")
    List<Meeting> findByGroupAndStatus(
            @Param("groupId") Long groupId, @Param("statuses") Collection<MeetingStatus> statuses);

    @Query(
            "select m from Meeting m where m.group.id = :groupId and m.startsAt < :before order by m.startsAt desc limit 1")
    Optional<Meeting> findPrevious(@Param("groupId") Long groupId, @Param("before") LocalDateTime before);

    long countByGroupId(Long groupId);
}
