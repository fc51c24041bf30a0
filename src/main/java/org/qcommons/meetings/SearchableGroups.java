package org.qcommons.meetings;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

/** The groups whose meetings a search may return, by the reader's standing: the meetings search's filter. */
interface SearchableGroups extends Repository<MeetingGroup, Long> {

    @Query("select g.id from MeetingGroup g where g.visibility in :visibilities")
    List<Long> idsWithVisibility(@Param("visibilities") Collection<Visibility> visibilities);

    @Query("select distinct s.group.id from Seat s where s.member.id = :memberId")
    List<Long> idsWithSeatOf(@Param("memberId") Long memberId);
}
