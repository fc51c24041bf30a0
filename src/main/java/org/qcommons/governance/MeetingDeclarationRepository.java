package org.qcommons.governance;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface MeetingDeclarationRepository extends JpaRepository<MeetingDeclaration, Long> {

    @Query("select d from MeetingDeclaration d join fetch d.member where d.meetingId = :meetingId order by d.id")
    List<MeetingDeclaration> findByMeeting(@Param("meetingId") Long meetingId);
}
