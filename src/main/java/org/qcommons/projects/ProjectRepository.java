package org.qcommons.projects;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.qcommons.spc.Signal;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
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
    @Query("select distinct p from Project p join p.topics t where t.id in :topicIds and p.archived = false"
            + " and p.withheld = false")
    List<Project> findSharingTopics(@Param("topicIds") Collection<Long> topicIds);

    @Query("select distinct t.id from Project p join p.topics t left join p.team tm where p.archived = false "
            + "and (p.lead.id = :memberId or tm.member.id = :memberId)")
    Set<Long> findTopicIdsOfParticipant(@Param("memberId") Long memberId);

    @Query("select distinct t.name from Project p join p.topics t left join p.team tm where p.archived = false "
            + "and (p.lead.id = :memberId or tm.member.id = :memberId)")
    Set<String> findTopicNamesOfParticipant(@Param("memberId") Long memberId);

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

    @Query("select distinct p.lead.id from Project p where p.archived = false")
    List<Long> findLiveLeadIds();

    @Query("select distinct tm.member.id from Project p join p.team tm where p.archived = false")
    List<Long> findLiveTeamMemberIds();

    @Query(
            "select p.id from Project p where p.archived = false and p.withheld = false and p.visibility = org.qcommons.projects.Visibility.PUBLIC")
    List<Long> findPublicIds();

    long countByArchivedFalse();

    boolean existsByTitleIgnoreCase(String title);

    /** A bulk update: the signal is not part of the project's edits, so its version is left alone. */
    @Modifying(clearAutomatically = true)
    @Query("update Project p set p.spcSignal = :signal where p.id = :id and p.spcSignal <> :signal")
    int updateSignal(@Param("id") Long id, @Param("signal") Signal signal);
}
