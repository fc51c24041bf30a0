package org.qcommons.governance;

import jakarta.persistence.LockModeType;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface ElectionRepository extends JpaRepository<Election, Long> {

    @Query("select e from Election e join fetch e.group g left join fetch g.region where e.id = :id")
    Optional<Election> findWithGroup(@Param("id") Long id);

    @Query("select e from Election e where e.group.id = :groupId order by e.votingClose desc, e.id desc")
    List<Election> findByGroup(@Param("groupId") Long groupId);

    /** Casting takes a shared lock: ballots go in side by side, but never while voting is being closed. */
    @Lock(LockModeType.PESSIMISTIC_READ)
    @Query("select e from Election e where e.id = :id")
    Optional<Election> findForBallot(@Param("id") Long id);

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select e from Election e where e.id = :id")
    Optional<Election> findForChange(@Param("id") Long id);

    @Query("select e from Election e join fetch e.group where e.status = 'PUBLISHED' and e.seatedAt is null"
            + " and e.termStart <= :today")
    List<Election> findDueForSeats(@Param("today") LocalDate today);

    /** Elections whose voting should have opened, or closed, by this day. */
    @Query("select e from Election e join fetch e.group g left join fetch g.region where"
            + " (e.status = 'NOMINATIONS' and e.votingOpen <= :today)"
            + " or (e.status = 'VOTING' and e.votingClose < :today) order by e.id")
    List<Election> findDueToMove(@Param("today") LocalDate today);
}
