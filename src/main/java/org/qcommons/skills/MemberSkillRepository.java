package org.qcommons.skills;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import java.util.List;

interface MemberSkillRepository extends JpaRepository<MemberSkill, Long> {

    @Query("select ms from MemberSkill ms join fetch ms.skill where ms.member.id = :memberId order by ms.skill.name")
    List<MemberSkill> findByMember(@Param("memberId") Long memberId);
}
