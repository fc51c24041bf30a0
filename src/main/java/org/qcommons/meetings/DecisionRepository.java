package org.qcommons.meetings;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface DecisionRepository extends JpaRepository<Decision, Long> {

    List<Decision> findByMeetingIdOrderById(Long meetingId);

    @Query("""
            select d from Decision d join fetch d.meeting m where m.group.id = :groupId and m.status in :statuses
            order by m.startsAt desc, d.id
            """)
    List<Decision> findByGroup(@Param("groupId") Long groupId, @Param("statuses") Collection<MeetingStatus> statuses);

    @Query("""
            select d from Decision d join fetch d.meeting m join fetch m.group
            where m.group.id = :groupId and d.reviewDate is not null and d.reviewDate <= :by order by d.reviewDate
            """)
    List<Decision> findReviewsDue(@Param("groupId") Long groupId, @Param("by") LocalDate by);
}
