package org.qcommons.skills;

import java.util.Collection;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface MemberSkillRepository extends JpaRepository<MemberSkill, Long> {

    @Query("select ms from MemberSkill ms join fetch ms.skill where ms.member.id = :memberId order by ms.skill.name")
    List<MemberSkill> findByMember(@Param("memberId") Long memberId);

    /** Directory consent and active status are part of the query: a hidden member never appears in a page. */
    @EntityGraph(attributePaths = {"skill", "member", "member.organisation", "member.stp", "member.stp.region"})
    @Query(value = """
            select ms from MemberSkill ms join ms.member m left join m.stp s left join s.region r
            where m.status = org.qcommons.people.MemberStatus.ACTIVE and m.directoryConsent = true
              and ms.skill.active = true
              and (:skillId is null or ms.skill.id = :skillId)
              and ms.level in :levels
              and (:regionId is null or r.id = :regionId)
              and (:stpId is null or s.id = :stpId)
              and m.availabilityDaysPerQuarter >= :minDays
              and (:offeredOnly = false or ms.offered = true)
            """, countQuery = """
            select count(ms) from MemberSkill ms join ms.member m left join m.stp s left join s.region r
            where m.status = org.qcommons.people.MemberStatus.ACTIVE and m.directoryConsent = true
              and ms.skill.active = true
              and (:skillId is null or ms.skill.id = :skillId)
              and ms.level in :levels
              and (:regionId is null or r.id = :regionId)
              and (:stpId is null or s.id = :stpId)
              and m.availabilityDaysPerQuarter >= :minDays
              and (:offeredOnly = false or ms.offered = true)
            """)
    Page<MemberSkill> search(
            @Param("skillId") Long skillId,
            @Param("levels") Collection<SkillLevel> levels,
            @Param("regionId") Long regionId,
            @Param("stpId") Long stpId,
            @Param("minDays") int minDays,
            @Param("offeredOnly") boolean offeredOnly,
            Pageable pageable);

    long countBySkillId(Long skillId);

    List<MemberSkill> findBySkillId(Long skillId);
}
