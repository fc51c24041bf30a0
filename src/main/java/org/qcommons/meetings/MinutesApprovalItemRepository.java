package org.qcommons.meetings;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface MinutesApprovalItemRepository extends JpaRepository<MinutesApprovalItem, Long> {

    Optional<MinutesApprovalItem> findByPreviousMeetingId(Long previousMeetingId);

    @Query("""
            select a from MinutesApprovalItem a join fetch a.previousMeeting p join fetch a.agendaItem i
            where i.meeting.id = :meetingId
            """)
    Optional<MinutesApprovalItem> findByMeeting(@Param("meetingId") Long meetingId);

    /** The group's next meeting not yet held or called off, where the last meeting's minutes are approved. */
    @Query("""
            select m from Meeting m where m.group.id = :groupId and m.startsAt > :after and m.cancelledAt is null
            and m.status in (org.qcommons.meetings.MeetingStatus.PLANNED,
                             org.qcommons.meetings.MeetingStatus.AGENDA_PUBLISHED)
            order by m.startsAt limit 1
            """)
    Optional<Meeting> findNextMeeting(@Param("groupId") Long groupId, @Param("after") LocalDateTime after);

    /** The last meeting before this one, if its minutes wait for approval at a meeting. */
    @Query("""
            select m from Meeting m where m.group.id = :groupId and m.startsAt < :before
            and m.status = org.qcommons.meetings.MeetingStatus.MINUTES_DRAFTED
            order by m.startsAt desc limit 1
            """)
    Optional<Meeting> findAwaitingBefore(@Param("groupId") Long groupId, @Param("before") LocalDateTime before);

    /** Circulated minutes of groups that approve by circulation whose review period ended before today. */
    @Query("""
            select m from Meeting m join fetch m.group g
            where g.approveByCirculation = true and m.status = org.qcommons.meetings.MeetingStatus.MINUTES_DRAFTED
            and m.reviewUntil is not null and m.reviewUntil < :today
            """)
    List<Meeting> findCirculationDue(@Param("today") LocalDate today);
}
