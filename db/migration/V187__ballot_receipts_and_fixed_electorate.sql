-- Decision 132: a ballot carries the hash of a receipt that only the voter holds, instead of a token the server
-- could recompute from the member's id. The server stores no link from a member to a receipt.
-- Ballots already cast in an open election lose their token: they stand as cast (their voters cannot change
-- them any more), as they would if a voter had lost their receipt.
ALTER TABLE gov_ballot ADD COLUMN receipt_hash CHAR(64) NULL AFTER election_id;
ALTER TABLE gov_ballot ADD CONSTRAINT uk_gov_ballot_receipt UNIQUE (election_id, receipt_hash);
ALTER TABLE gov_ballot DROP INDEX uk_gov_ballot_token;
ALTER TABLE gov_ballot DROP COLUMN token;

-- Decision 133: the electorate is fixed when voting opens; turnout is measured against it.
CREATE TABLE gov_elector (
    election_id BIGINT NOT NULL,
    member_id BIGINT NOT NULL,
    PRIMARY KEY (election_id, member_id),
    CONSTRAINT fk_gov_elector_election FOREIGN KEY (election_id) REFERENCES gov_election (id),
    CONSTRAINT fk_gov_elector_member FOREIGN KEY (member_id) REFERENCES member (id)
) ENGINE=InnoDB;
ALTER TABLE gov_election ADD COLUMN electorate_fixed_at TIMESTAMP(6) NULL;

-- Elections that opened voting before this change had no fixed electorate: the nearest we can say is everyone
-- who voted in them and everyone in their region now.
INSERT IGNORE INTO gov_elector (election_id, member_id)
SELECT r.election_id, r.member_id FROM gov_roll r;
INSERT IGNORE INTO gov_elector (election_id, member_id)
SELECT e.id, m.id
FROM gov_election e
JOIN mtg_group g ON g.id = e.group_id
JOIN stp s ON s.region_id = g.region_id
JOIN member m ON m.stp_id = s.id AND m.status = 'ACTIVE'
WHERE e.status IN ('VOTING', 'CLOSED', 'COUNTED', 'PUBLISHED');
UPDATE gov_election SET electorate_fixed_at = TIMESTAMP(voting_open)
WHERE status IN ('VOTING', 'CLOSED', 'COUNTED', 'PUBLISHED');
