package org.qcommons.meetings;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface ActionRepository extends JpaRepository<ActionItem, Long> {

    @Query("select a from ActionItem a left join fetch a.owner where a.meeting.id = :meetingId order by a.id")
    List<ActionItem> findByMeeting(@Param("meetingId") Long meetingId);

    /** Open actions from the group's earlier meetings: they are carried onto the next agenda. */
    @Query("""
            select a from ActionItem a join fetch a.meeting m left join fetch a.owner
            where m.group.id = :groupId and m.startsAt < :before and a.status = org.qcommons.meetings.ActionStatus.OPEN
            order by a.dueDate, a.id
            """)
    List<ActionItem> findOpenBefore(@Param("groupId") Long groupId, @Param("before") LocalDateTime before);

    @Query(
            "select a from ActionItem a join fetch a.meeting m join fetch m.group left join fetch a.owner where a.id = :id")
    Optional<ActionItem> findWithMeeting(@Param("id") Long id);
}
