package org.qcommons.meetings;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface AgendaItemRepository extends JpaRepository<AgendaItem, Long> {

    List<AgendaItem> findByMeetingIdOrderByPosition(Long meetingId);

    @Query("select i from AgendaItem i join fetch i.meeting m join fetch m.group where i.id = :id")
    Optional<AgendaItem> findWithMeeting(@Param("id") Long id);
}
