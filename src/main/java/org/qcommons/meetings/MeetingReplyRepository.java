package org.qcommons.meetings;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface MeetingReplyRepository extends JpaRepository<MeetingReply, Long> {

    @Query("select r from MeetingReply r where r.meeting.id = :meetingId")
    List<MeetingReply> findByMeeting(@Param("meetingId") Long meetingId);

    @Query("select r from MeetingReply r where r.meeting.id = :meetingId and r.member.id = :memberId")
    Optional<MeetingReply> findOne(@Param("meetingId") Long meetingId, @Param("memberId") Long memberId);

    @Query("select r from MeetingReply r where r.member.id = :memberId and r.meeting.id in :meetingIds")
    List<MeetingReply> findByMemberAndMeetings(
            @Param("memberId") Long memberId, @Param("meetingIds") Collection<Long> meetingIds);
}
