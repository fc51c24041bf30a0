package org.qcommons.meetings;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface AmendmentRepository extends JpaRepository<MinutesAmendment, Long> {

    @Query("""
            select a from MinutesAmendment a join fetch a.author join fetch a.agendaItem i
            where i.meeting.id = :meetingId order by i.position, a.createdAt
            """)
    List<MinutesAmendment> findByMeeting(@Param("meetingId") Long meetingId);

    @Query("""
            select count(a) from MinutesAmendment a
            where a.agendaItem.meeting.id = :meetingId and a.status = org.qcommons.meetings.AmendmentStatus.OPEN
            """)
    long countOpen(@Param("meetingId") Long meetingId);
}
