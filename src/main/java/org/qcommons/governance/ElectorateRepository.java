package org.qcommons.governance;

import java.util.List;
import org.qcommons.people.Member;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/**
 * The members of a region who may stand and vote: active, working in one of the region's STPs. Once voting opens,
 * an election's electorate is the list fixed then (decision 133), not the region as it is now.
 */
interface ElectorateRepository extends JpaRepository<Member, Long> {

    @Query("select m from Member m join m.stp s where s.region.id = :regionId"
            + " and m.status = org.qcommons.people.MemberStatus.ACTIVE order by m.fullName")
    List<Member> findElectorate(@Param("regionId") Long regionId);

    @Query("select count(m) from Member m join m.stp s where s.region.id = :regionId"
            + " and m.status = org.qcommons.people.MemberStatus.ACTIVE")
    long countElectorate(@Param("regionId") Long regionId);

    @Modifying
    @Query(
            value = "INSERT INTO gov_elector (election_id, member_id) SELECT :electionId, m.id FROM member m"
                    + " JOIN stp s ON s.id = m.stp_id WHERE s.region_id = :regionId AND m.status = 'ACTIVE'",
            nativeQuery = true)
    int fix(@Param("electionId") Long electionId, @Param("regionId") Long regionId);

    @Query(value = "SELECT COUNT(*) FROM gov_elector WHERE election_id = :electionId", nativeQuery = true)
    long countFixed(@Param("electionId") Long electionId);

    @Query(
            value = "SELECT COUNT(*) FROM gov_elector WHERE election_id = :electionId AND member_id = :memberId",
            nativeQuery = true)
    long countFixedMember(@Param("electionId") Long electionId, @Param("memberId") Long memberId);

    @Query(
            value = "SELECT m.* FROM member m JOIN gov_elector g ON g.member_id = m.id WHERE g.election_id ="
                    + " :electionId ORDER BY m.full_name",
            nativeQuery = true)
    List<Member> findFixed(@Param("electionId") Long electionId);
}
