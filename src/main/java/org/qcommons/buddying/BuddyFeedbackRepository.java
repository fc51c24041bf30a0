package org.qcommons.buddying;

import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface BuddyFeedbackRepository extends JpaRepository<BuddyFeedback, Long> {

    boolean existsByPairIdAndAuthorId(Long pairId, Long authorId);

    List<BuddyFeedback> findByPairId(Long pairId);

    @Query("select f.rating, count(f) from BuddyFeedback f group by f.rating")
    List<Object[]> countByRating();

    @Query("select f from BuddyFeedback f join fetch f.author where f.comment is not null and f.comment <> '' "
            + "order by f.createdAt desc")
    List<BuddyFeedback> findRecentWithComments(Pageable pageable);
}
