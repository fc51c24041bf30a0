package org.qcommons.governance;

import java.util.List;
import java.util.Set;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface ConcernRepository extends JpaRepository<Concern, Long> {

    @Query("select c from Concern c join fetch c.raisedBy order by case when c.status = 'CLOSED' then 1 else 0 end,"
            + " c.createdAt desc")
    List<Concern> findQueue();

    @Query("select c from Concern c where c.raisedBy.id = :memberId order by c.createdAt desc")
    List<Concern> findRaisedBy(@Param("memberId") Long memberId);

    @Query("select c.subjectId from Concern c where c.subjectType = 'DISCUSSION_POST' and c.contentHidden = true"
            + " and c.groupId = :groupId")
    Set<Long> findHiddenPosts(@Param("groupId") Long groupId);
}
