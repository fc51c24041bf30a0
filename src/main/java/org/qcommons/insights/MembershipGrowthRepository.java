package org.qcommons.insights;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface MembershipGrowthRepository extends JpaRepository<MembershipGrowth, Long> {

    /** The chosen region (or all regions) and always the national row, regions first. */
    @Query("select g from MembershipGrowth g where :slug is null or g.regionSlug = :slug or g.regionSlug is null "
            + "order by case when g.regionSlug is null then 1 else 0 end, g.label")
    List<MembershipGrowth> findForRegion(@Param("slug") String slug);

    /** Aggregates over the other features' tables for the insights page, filtered by region slug when given. */
    @Query("select coalesce(m.profession, 'Not given'), count(m) from Member m left join m.stp s left join s.region r "
            + "where m.status = org.qcommons.people.MemberStatus.ACTIVE and (:slug is null or r.slug = :slug) "
            + "group by coalesce(m.profession, 'Not given') order by count(m) desc")
    List<Object[]> countMembersByProfession(@Param("slug") String slug);

    @Query("select r.name, count(m) from Member m join m.stp s join s.region r "
            + "where m.status = org.qcommons.people.MemberStatus.ACTIVE group by r.name order by r.name")
    List<Object[]> countMembersByRegion();

    @Query(
            "select s.name, count(m) from Member m join m.stp s join s.region r "
                    + "where m.status = org.qcommons.people.MemberStatus.ACTIVE and r.slug = :slug group by s.name order by s.name")
    List<Object[]> countMembersByStp(@Param("slug") String slug);

    @Query(
            "select ms.skill.name, count(ms) from MemberSkill ms join ms.member m left join m.stp s left join s.region r "
                    + "where ms.offered = true and m.status = org.qcommons.people.MemberStatus.ACTIVE "
                    + "and (:slug is null or r.slug = :slug) group by ms.skill.name order by count(ms) desc, ms.skill.name")
    List<Object[]> countSkillsOffered(@Param("slug") String slug);

    @Query("select m from Measure m where :slug is null or m.ownerId in "
            + "(select o.id from Member o join o.stp s join s.region r where r.slug = :slug)")
    List<Measure> findMeasuresInRegion(@Param("slug") String slug);
}
