package org.qcommons.governance;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface BallotRepository extends JpaRepository<Ballot, String> {

    /** A first ballot. The row has a random key and no time, so nothing in it follows the order of the roll. */
    @Modifying
    @Query(
            value = "INSERT INTO gov_ballot (id, election_id, receipt_hash, preferences) VALUES (:id, :electionId,"
                    + " :receiptHash, :preferences)",
            nativeQuery = true)
    int insert(
            @Param("id") String id,
            @Param("electionId") Long electionId,
            @Param("receiptHash") String receiptHash,
            @Param("preferences") String preferences);

    @Query(
            value = "SELECT COUNT(*) FROM gov_ballot WHERE election_id = :electionId AND receipt_hash = :receiptHash",
            nativeQuery = true)
    long countByReceipt(@Param("electionId") Long electionId, @Param("receiptHash") String receiptHash);

    /** The ballot whose receipt the voter gave is replaced: the last one counts. */
    @Modifying
    @Query(
            value = "UPDATE gov_ballot SET preferences = :preferences WHERE election_id = :electionId"
                    + " AND receipt_hash = :receiptHash",
            nativeQuery = true)
    int replace(
            @Param("electionId") Long electionId,
            @Param("receiptHash") String receiptHash,
            @Param("preferences") String preferences);

    /** A member's first ballot puts them on the roll; a second first ballot breaks the unique key and is refused. */
    @Modifying
    @Query(
            value = "INSERT INTO gov_roll (election_id, member_id, ballots_cast) VALUES (:electionId, :memberId, 1)",
            nativeQuery = true)
    int enterRoll(@Param("electionId") Long electionId, @Param("memberId") Long memberId);

    @Modifying
    @Query(
            value = "UPDATE gov_roll SET ballots_cast = ballots_cast + 1 WHERE election_id = :electionId"
                    + " AND member_id = :memberId",
            nativeQuery = true)
    int markRecast(@Param("electionId") Long electionId, @Param("memberId") Long memberId);

    @Query(value = "SELECT COUNT(*) FROM gov_roll WHERE election_id = :electionId", nativeQuery = true)
    long countRoll(@Param("electionId") Long electionId);

    @Query(
            value = "SELECT COUNT(*) FROM gov_roll WHERE election_id = :electionId AND member_id = :memberId",
            nativeQuery = true)
    long countOnRoll(@Param("electionId") Long electionId, @Param("memberId") Long memberId);

    @Query("select count(b) from Ballot b where b.electionId = :electionId")
    long countBallots(@Param("electionId") Long electionId);

    @Query("select b.preferences from Ballot b where b.electionId = :electionId")
    List<String> preferences(@Param("electionId") Long electionId);

    /** At close nothing can change a ballot any more, so even a receipt no longer leads to one. */
    @Modifying
    @Query(value = "UPDATE gov_ballot SET receipt_hash = NULL WHERE election_id = :electionId", nativeQuery = true)
    int eraseReceipts(@Param("electionId") Long electionId);
}
