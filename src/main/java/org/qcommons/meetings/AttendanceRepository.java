package org.qcommons.meetings;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface AttendanceRepository extends JpaRepository<Attendance, Long> {

    @Query("select a from Attendance a left join fetch a.member where a.meeting.id = :meetingId")
    List<Attendance> findByMeeting(@Param("meetingId") Long meetingId);

    Optional<Attendance> findByMeetingIdAndSeatId(Long meetingId, Long seatId);

    long countBySeatId(Long seatId);

    /** Rows: member id, member name, listed in the directory, status, count. */
    @Query("""
            select m.id, m.fullName,
                   (case when m.directoryConsent = true and m.status = org.qcommons.people.MemberStatus.ACTIVE then true else false end),
                   a.status, count(a)
            from Attendance a join a.member m
            where a.meeting.group.id = :groupId
            group by m.id, m.fullName, m.directoryConsent, m.status, a.status
            """)
    List<Object[]> countByMemberAndStatus(@Param("groupId") Long groupId);
}
