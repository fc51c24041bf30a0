package org.qcommons.meetings;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

/** What the reminders job looks for, across all groups. */
interface MeetingReminderRepository extends Repository<Meeting, Long> {

    @Query("""
            select m from Meeting m join fetch m.group
            where m.cancelledAt is null and m.startsAt >= :from and m.startsAt < :to
              and m.status in (org.qcommons.meetings.MeetingStatus.PLANNED,
                               org.qcommons.meetings.MeetingStatus.AGENDA_PUBLISHED)
            """)
    List<Meeting> findStartingBetween(@Param("from") LocalDateTime from, @Param("to") LocalDateTime to);

    @Query("""
            select a from ActionItem a join fetch a.meeting m join fetch m.group left join fetch a.owner
            where a.status = org.qcommons.meetings.ActionStatus.OPEN and a.dueDate is not null and a.dueDate <= :by
            """)
    List<ActionItem> findOpenActionsDueBy(@Param("by") LocalDate by);

    @Query("""
            select d from Decision d join fetch d.meeting m join fetch m.group
            where d.reviewDate is not null and d.reviewDate >= :from and d.reviewDate <= :to
              and m.status = org.qcommons.meetings.MeetingStatus.MINUTES_PUBLISHED
            """)
    List<Decision> findReviewsReached(@Param("from") LocalDate from, @Param("to") LocalDate to);
}
