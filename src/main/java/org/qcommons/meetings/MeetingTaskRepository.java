package org.qcommons.meetings;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

/** The home page's questions about a member's groups: each one query over the member's own seats. */
interface MeetingTaskRepository extends Repository<Meeting, Long> {

    @Query("""
            select m from Meeting m join fetch m.group g
            where g.id in (select s.group.id from Seat s where s.member.id = :memberId)
              and m.cancelledAt is null and m.startsAt >= :from and m.startsAt < :to
              and m.status in (org.qcommons.meetings.MeetingStatus.PLANNED,
                               org.qcommons.meetings.MeetingStatus.AGENDA_PUBLISHED)
            order by m.startsAt
            """)
    List<Meeting> findUpcomingFor(
            @Param("memberId") Long memberId, @Param("from") LocalDateTime from, @Param("to") LocalDateTime to);

    /** Meetings whose draft minutes are out, with whether the member convenes the group. */
    @Query("""
            select m, (case when exists (select 1 from Seat c where c.group = g and c.member.id = :memberId
                                                               and c.convenor = true) then true else false end)
            from Meeting m join m.group g
            where g.id in (select s.group.id from Seat s where s.member.id = :memberId)
              and m.status = org.qcommons.meetings.MeetingStatus.MINUTES_DRAFTED
            order by m.startsAt
            """)
    List<Object[]> findDraftMinutesFor(@Param("memberId") Long memberId);

    @Query("""
            select a from ActionItem a join fetch a.meeting m join fetch m.group
            where a.owner.id = :memberId and a.status = org.qcommons.meetings.ActionStatus.OPEN
            order by a.dueDate
            """)
    List<ActionItem> findOpenActionsOf(@Param("memberId") Long memberId);

    @Query("""
            select d from Decision d join fetch d.meeting m join fetch m.group g
            where d.reviewDate is not null and d.reviewDate >= :from and d.reviewDate <= :to
              and g.id in (select s.group.id from Seat s where s.member.id = :memberId and s.convenor = true)
            order by d.reviewDate
            """)
    List<Decision> findReviewsDueFor(
            @Param("memberId") Long memberId, @Param("from") LocalDate from, @Param("to") LocalDate to);

    @Query("select distinct s.group from Seat s where s.member.id = :memberId order by s.group.name")
    List<MeetingGroup> findGroupsOf(@Param("memberId") Long memberId);
}
