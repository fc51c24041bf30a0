package org.qcommons.governance;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface DeclarationRepository extends JpaRepository<InterestDeclaration, Long> {

    @Query(
            "select i from InterestDeclaration i where i.member.id = :memberId order by i.endsOn nulls first, i.startsOn desc")
    List<InterestDeclaration> findByMember(@Param("memberId") Long memberId);

    @Query(
            "select i from InterestDeclaration i join fetch i.member where i.member.id in :memberIds order by i.member.fullName,"
                    + " i.startsOn desc")
    List<InterestDeclaration> findByMembers(@Param("memberIds") Collection<Long> memberIds);
}
