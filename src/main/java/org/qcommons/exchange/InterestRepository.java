package org.qcommons.exchange;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface InterestRepository extends JpaRepository<Interest, Long> {

    @Query("select i from Interest i where i.request.id = :requestId order by i.createdAt")
    List<Interest> findByRequest(@Param("requestId") Long requestId);

    @Query("select i from Interest i where i.request.id = :requestId and i.member.id = :memberId")
    Optional<Interest> find(@Param("requestId") Long requestId, @Param("memberId") Long memberId);
}
