package org.qcommons.meetings;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface FeedTokenRepository extends JpaRepository<FeedToken, Long> {

    @Query("select t from FeedToken t join fetch t.group join fetch t.member where t.token = :token")
    Optional<FeedToken> findByToken(@Param("token") String token);

    @Query("select t from FeedToken t where t.member.id = :memberId and t.group.id = :groupId")
    Optional<FeedToken> findFor(@Param("memberId") Long memberId, @Param("groupId") Long groupId);

    @Query("select t from FeedToken t join fetch t.group where t.member.id = :memberId order by t.group.name")
    List<FeedToken> findByMember(@Param("memberId") Long memberId);

    @Modifying
    @Query("delete from FeedToken t where t.member.id = :memberId")
    int deleteByMember(@Param("memberId") Long memberId);
}
