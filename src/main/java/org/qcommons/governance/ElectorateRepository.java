package org.qcommons.governance;

import java.util.List;
import org.qcommons.people.Member;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** The members of a region who may stand and vote: active, working in one of the region's STPs. */
interface ElectorateRepository extends JpaRepository<Member, Long> {

    @Query("select m from Member m join m.stp s where s.region.id = :regionId"
            + " and m.status = org.qcommons.people.MemberStatus.ACTIVE order by m.fullName")
    List<Member> findElectorate(@Param("regionId") Long regionId);

    @Query("select count(m) from Member m join m.stp s where s.region.id = :regionId"
            + " and m.status = org.qcommons.people.MemberStatus.ACTIVE")
    long countElectorate(@Param("regionId") Long regionId);
}
