package org.qcommons.meetings;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface PostRepository extends JpaRepository<Post, Long> {

    @Query(
            "select p from Post p join fetch p.author left join fetch p.parent left join fetch p.removedBy where p.group.id = :groupId order by p.createdAt, p.id")
    List<Post> findByGroup(@Param("groupId") Long groupId);
}
