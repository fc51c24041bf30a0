package org.qcommons.meetings;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface PaperRepository extends JpaRepository<Paper, Long> {

    @Query("select p from Paper p where p.agendaItem.meeting.id = :meetingId order by p.uploadedAt")
    List<Paper> findByMeeting(@Param("meetingId") Long meetingId);

    @Query("select p from Paper p join fetch p.agendaItem i join fetch i.meeting m join fetch m.group where p.id = :id")
    Optional<Paper> findWithMeeting(@Param("id") Long id);
}
