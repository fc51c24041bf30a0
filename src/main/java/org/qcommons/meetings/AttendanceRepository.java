package org.qcommons.meetings;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import java.util.List;
import java.util.Optional;

interface AttendanceRepository extends JpaRepository<Attendance, Long> {

    @Query("select a from Attendance a left join fetch a.member where a.meeting.id = :meetingId")
    List<Attendance> findByMeeting(@Param("meetingId") Long meetingId);

    Optional<Attendance> findByMeetingIdAndSeatId(Long meetingId, Long seatId);

    /** Rows: member id, member name, status, count. Only meetings that were held count. */
    @Query("""
            select a.member.id, a.member.fullName, a.status, count(a) from Attendance a
            where a.meeting.group.id = :groupId and a.member is not null
            group by a.member.id, a.member.fullName, a.status
            """)
    List<Object[]> countByMemberAndStatus(@Param("groupId") Long groupId);
}
