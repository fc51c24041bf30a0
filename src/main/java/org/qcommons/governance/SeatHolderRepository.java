package org.qcommons.governance;

import java.util.List;
import org.qcommons.meetings.Seat;
import org.qcommons.people.Member;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** Everyone who holds a seat in any group: the people the yearly register reminder goes to. */
interface SeatHolderRepository extends JpaRepository<Seat, Long> {

    @Query("select distinct s.member from Seat s where s.member is not null"
            + " and s.member.status = org.qcommons.people.MemberStatus.ACTIVE")
    List<Member> findHolders();
}
