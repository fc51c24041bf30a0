package org.qcommons.projects;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface ProjectRepository extends JpaRepository<Project, Long> {

    @EntityGraph(attributePaths = {"region", "stp", "lead", "lead.organisation", "lead.stp"})
    @Query("select p from Project p where p.id = :id")
    Optional<Project> findWithDetails(@Param("id") Long id);

    @EntityGraph(attributePaths = {"region", "stp", "lead"})
    @Query("select distinct p from Project p left join p.team tm where p.archived = false "
            + "and (p.lead.id = :memberId or tm.member.id = :memberId) order by p.startDate desc")
    List<Project> findByParticipant(@Param("memberId") Long memberId);

    @EntityGraph(attributePaths = {"region", "stp", "lead", "lead.stp"})
    @Query("select distinct p from Project p join p.topics t where t.id in :topicIds and p.archived = false")
    List<Project> findSharingTopics(@Param("topicIds") Collection<Long> topicIds);

    @Query("select distinct t.id from Project p join p.topics t left join p.team tm where p.archived = false "
            + "and (p.lead.id = :memberId or tm.member.id = :memberId)")
    Set<Long> findTopicIdsOfParticipant(@Param("memberId") Long memberId);

    @Query("select distinct p.lead.id from Project p join p.topics t where t.id in :topicIds and p.archived = false")
    List<Long> findLeadIdsOnTopics(@Param("topicIds") Collection<Long> topicIds);

    @Query("select distinct tm.member.id from Project p join p.team tm join p.topics t "
            + "where t.id in :topicIds and p.archived = false")
    List<Long> findTeamMemberIdsOnTopics(@Param("topicIds") Collection<Long> topicIds);

    @Query("select r.name, count(p) from Project p join p.region r where p.archived = false "
            + "and (:publicOnly = false or p.visibility = org.qcommons.projects.Visibility.PUBLIC) group by r.name")
    List<Object[]> countByRegion(@Param("publicOnly") boolean publicOnly);

    @Query("select r.name, s.name, count(p) from Project p join p.stp s join s.region r where p.archived = false "
            + "group by r.name, s.name order by r.name, s.name")
    List<Object[]> countByStp();

    @Query("""
            select r.name, count(distinct m.id) from Member m join m.stp s join s.region r
            where m.status = org.qcommons.people.MemberStatus.ACTIVE and (
              exists (select 1 from Project p where p.lead = m and p.archived = false)
              or exists (select 1 from Project p join p.team tm where tm.member = m and p.archived = false))
            group by r.name
            """)
    List<Object[]> countEngagedMembersByRegion();

    @Query("select p.id from Project p where p.archived = false and p.visibility = org.qcommons.projects.Visibility.PUBLIC")
    List<Long> findPublicIds();

    long countByArchivedFalse();

    @Query("select m from Member m left join fetch m.stp left join fetch m.organisation "
            + "where lower(m.email) = lower(:email) and m.status = org.qcommons.people.MemberStatus.ACTIVE")
    Optional<org.qcommons.people.Member> findActiveMemberByEmail(@Param("email") String email);

    boolean existsByTitleIgnoreCase(String title);

    /** A bulk update: the signal is not part of the project's edits, so its version is left alone. */
    @org.springframework.data.jpa.repository.Modifying(clearAutomatically = true)
    @Query("update Project p set p.spcSignal = :signal where p.id = :id and p.spcSignal <> :signal")
    int updateSignal(@Param("id") Long id, @Param("signal") org.qcommons.spc.Signal signal);

    /** Every region, STP, topic and method name: K is R(egion), S(TP), T(opic) or M(ethod). A few hundred rows. */
    @Query(nativeQuery = true, value = """
            select 'R', id, name from region
            union all select 'S', id, name from stp
            union all select 'T', id, name from topic
            union all select 'M', id, name from qi_method
            """)
    List<Object[]> listReferenceLabels();

    /** Id, full name and directory consent (1 or 0) of each of these members. Callers pass a non-empty list. */
    @Query(nativeQuery = true, value = """
            select id, full_name, case when directory_consent then 1 else 0 end from member where id in (:ids)
            """)
    List<Object[]> listLeadLabels(@Param("ids") Collection<Long> ids);
}
