package org.qcommons.meetings;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface PostVersionRepository extends JpaRepository<PostVersion, Long> {

    @Query("select v from PostVersion v left join fetch v.replacedBy where v.postId = :postId"
            + " order by v.replacedAt, v.id")
    List<PostVersion> findByPost(@Param("postId") Long postId);
}
