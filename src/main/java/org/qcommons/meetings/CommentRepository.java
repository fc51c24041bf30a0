package org.qcommons.meetings;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface CommentRepository extends JpaRepository<MinutesComment, Long> {

    @Query(
            "select c from MinutesComment c join fetch c.author where c.agendaItem.meeting.id = :meetingId order by c.createdAt")
    List<MinutesComment> findByMeeting(@Param("meetingId") Long meetingId);

    @Modifying
    @Query("delete from MinutesComment c where c.agendaItem = :item")
    void deleteByAgendaItem(@Param("item") AgendaItem item);
}
