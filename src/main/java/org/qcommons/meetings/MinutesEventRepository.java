package org.qcommons.meetings;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface MinutesEventRepository extends JpaRepository<MinutesEvent, Long> {

    @Query("select e from MinutesEvent e left join fetch e.actor where e.meeting.id = :meetingId order by e.at, e.id")
    List<MinutesEvent> findByMeeting(@Param("meetingId") Long meetingId);
}
