package org.qcommons.governance;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface BallotRepository extends JpaRepository<Ballot, String> {

    /** A new ballot, or the voter's earlier one replaced: the token is unique per election. */
    @Modifying
    @Query(
            value = "INSERT INTO gov_ballot (id, election_id, token, preferences) VALUES (:id, :electionId, :token,"
                    + " :preferences) ON DUPLICATE KEY UPDATE preferences = VALUES(preferences)",
            nativeQuery = true)
    int upsert(
            @Param("id") String id,
            @Param("electionId") Long electionId,
            @Param("token") String token,
            @Param("preferences") String preferences);

    @Modifying
    @Query(
            value = "INSERT INTO gov_roll (election_id, member_id, ballots_cast) VALUES (:electionId, :memberId, 1)"
                    + " ON DUPLICATE KEY UPDATE ballots_cast = ballots_cast + 1",
            nativeQuery = true)
    int markRoll(@Param("electionId") Long electionId, @Param("memberId") Long memberId);

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

    /** At close, nothing can change a ballot any more, so the last thread from voter to ballot is cut. */
    @Modifying
    @Query(value = "UPDATE gov_ballot SET token = NULL WHERE election_id = :electionId", nativeQuery = true)
    int eraseTokens(@Param("electionId") Long electionId);
}
