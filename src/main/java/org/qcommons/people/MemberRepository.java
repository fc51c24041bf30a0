package org.qcommons.people;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface MemberRepository extends JpaRepository<Member, Long> {

    /** Consent is part of the query, so a member who withheld it can never appear in a directory page. */
    @EntityGraph(attributePaths = {"organisation", "stp", "stp.region"})
    @Query(value = """
            select m from Member m left join m.stp s left join s.region r left join m.organisation o
            where m.status = org.qcommons.people.MemberStatus.ACTIVE and m.directoryConsent = true
              and (:name is null or lower(m.fullName) like :name)
              and (:regionId is null or r.id = :regionId)
              and (:stpId is null or s.id = :stpId)
              and (:organisationId is null or o.id = :organisationId)
              and (:profession is null or m.profession = :profession)
            """, countQuery = """
            select count(m) from Member m left join m.stp s left join s.region r left join m.organisation o
            where m.status = org.qcommons.people.MemberStatus.ACTIVE and m.directoryConsent = true
              and (:name is null or lower(m.fullName) like :name)
              and (:regionId is null or r.id = :regionId)
              and (:stpId is null or s.id = :stpId)
              and (:organisationId is null or o.id = :organisationId)
              and (:profession is null or m.profession = :profession)
            """)
    Page<Member> findDirectory(
            @Param("name") String name,
            @Param("regionId") Long regionId,
            @Param("stpId") Long stpId,
            @Param("organisationId") Long organisationId,
            @Param("profession") String profession,
            Pageable pageable);

    @EntityGraph(attributePaths = {"organisation", "stp", "stp.region"})
    @Query("select m from Member m where m.id = :id")
    Optional<Member> findWithDetails(@Param("id") Long id);

    @EntityGraph(attributePaths = {"organisation", "stp", "stp.region"})
    Page<Member> findByStatusOrderByCreatedAtAsc(MemberStatus status, Pageable pageable);

    long countByStatus(MemberStatus status);

    Optional<Member> findByEmailIgnoreCase(String email);

    @Query("select distinct m.profession from Member m where m.profession is not null order by m.profession")
    List<String> findProfessions();

    @Query("select r.name, count(m) from Member m join m.stp s join s.region r "
            + "where m.status = org.qcommons.people.MemberStatus.ACTIVE group by r.name")
    List<Object[]> countActiveByRegion();

    @EntityGraph(attributePaths = {"organisation", "stp", "stp.region"})
    @Query(
            "select m from Member m where m.organisation.id = :orgId and m.status = org.qcommons.people.MemberStatus.ACTIVE "
                    + "and m.directoryConsent = true order by m.fullName")
    List<Member> findConsentingByOrganisation(@Param("orgId") Long orgId);

    @Query(
            "select new org.qcommons.people.MemberName(m.id, m.fullName, m.directoryConsent) from Member m where m.id in :ids")
    List<MemberName> findNames(@Param("ids") Collection<Long> ids);

    @Query("select r.name, count(distinct m.id) from Member m join m.stp s join s.region r "
            + "where m.status = org.qcommons.people.MemberStatus.ACTIVE and m.id in :ids group by r.name")
    List<Object[]> countActiveByRegionAmong(@Param("ids") Collection<Long> ids);

    @EntityGraph(attributePaths = {"organisation", "stp", "stp.region"})
    @Query(
            "select m from Member m where lower(m.email) = lower(:email) and m.status = org.qcommons.people.MemberStatus.ACTIVE")
    Optional<Member> findActiveByEmail(@Param("email") String email);

    /** Every member, whatever their status or consent: for an ADMIN's search. */
    @EntityGraph(attributePaths = {"organisation", "stp"})
    @Query("select m from Member m where (:text is null or lower(m.fullName) like :text or lower(m.email) like :text)"
            + " and (:status is null or m.status = :status) order by m.fullName")
    List<Member> searchAll(@Param("text") String text, @Param("status") MemberStatus status, Pageable page);
}
