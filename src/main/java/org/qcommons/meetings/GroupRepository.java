package org.qcommons.meetings;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface GroupRepository extends JpaRepository<MeetingGroup, Long> {

    @Query("select g from MeetingGroup g left join fetch g.region where g.slug = :slug")
    Optional<MeetingGroup> findBySlug(@Param("slug") String slug);

    @Query("select g from MeetingGroup g left join fetch g.region where g.id = :id")
    Optional<MeetingGroup> findWithRegion(@Param("id") Long id);

    /** Visibility is part of the query, so a private group never appears in a list for someone outside it. */
    @Query("""
            select g from MeetingGroup g left join fetch g.region
            where g.visibility in :visibilities
               or exists (select s from Seat s where s.group = g and s.member.id = :memberId)
               or :admin = true
            order by g.name
            """)
    List<MeetingGroup> findVisible(
            @Param("visibilities") Collection<Visibility> visibilities,
            @Param("memberId") Long memberId,
            @Param("admin") boolean admin);

    boolean existsBySlug(String slug);

    Optional<MeetingGroup> findByCalendarToken(String calendarToken);
}
