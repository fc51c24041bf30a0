-- Elections for a group's seats (decisions 092, 093). Ballots carry no voter: the roll says who voted, the
-- ballot table what was voted. A ballot's key is random (no insertion order to match against the roll) and its
-- token, a keyed hash that lets a voter replace their ballot, is erased when voting closes.
CREATE TABLE gov_election (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    version BIGINT NOT NULL DEFAULT 0,
    group_id BIGINT NOT NULL,
    title VARCHAR(200) NOT NULL,
    seats INT NOT NULL,
    seat_role VARCHAR(30) NOT NULL,
    nominations_open DATE NOT NULL,
    nominations_close DATE NOT NULL,
    voting_open DATE NOT NULL,
    voting_close DATE NOT NULL,
    term_start DATE NOT NULL,
    term_end DATE NOT NULL,
    status VARCHAR(20) NOT NULL,
    lot_seed BIGINT NOT NULL,
    outcome VARCHAR(1000),
    counted_at TIMESTAMP(6) NULL,
    published_at TIMESTAMP(6) NULL,
    seated_at TIMESTAMP(6) NULL,
    created_at TIMESTAMP(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    CONSTRAINT fk_gov_election_group FOREIGN KEY (group_id) REFERENCES mtg_group (id)
) ENGINE=InnoDB;
CREATE INDEX ix_gov_election_group ON gov_election (group_id, status);

CREATE TABLE gov_candidate (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    version BIGINT NOT NULL DEFAULT 0,
    election_id BIGINT NOT NULL,
    member_id BIGINT NOT NULL,
    nominated_by BIGINT,
    statement TEXT,
    interests TEXT,
    status VARCHAR(20) NOT NULL,
    elected_rank INT,
    created_at TIMESTAMP(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    CONSTRAINT uk_gov_candidate UNIQUE (election_id, member_id),
    CONSTRAINT fk_gov_candidate_election FOREIGN KEY (election_id) REFERENCES gov_election (id),
    CONSTRAINT fk_gov_candidate_member FOREIGN KEY (member_id) REFERENCES member (id),
    CONSTRAINT fk_gov_candidate_nominator FOREIGN KEY (nominated_by) REFERENCES member (id)
) ENGINE=InnoDB;

CREATE TABLE gov_roll (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    election_id BIGINT NOT NULL,
    member_id BIGINT NOT NULL,
    ballots_cast INT NOT NULL DEFAULT 1,
    CONSTRAINT uk_gov_roll UNIQUE (election_id, member_id),
    CONSTRAINT fk_gov_roll_election FOREIGN KEY (election_id) REFERENCES gov_election (id),
    CONSTRAINT fk_gov_roll_member FOREIGN KEY (member_id) REFERENCES member (id)
) ENGINE=InnoDB;

CREATE TABLE gov_ballot (
    id CHAR(36) PRIMARY KEY,
    election_id BIGINT NOT NULL,
    token CHAR(64),
    preferences VARCHAR(2000) NOT NULL,
    CONSTRAINT uk_gov_ballot_token UNIQUE (election_id, token),
    CONSTRAINT fk_gov_ballot_election FOREIGN KEY (election_id) REFERENCES gov_election (id)
) ENGINE=InnoDB;

CREATE TABLE gov_term (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    version BIGINT NOT NULL DEFAULT 0,
    election_id BIGINT NOT NULL,
    member_id BIGINT NOT NULL,
    seat_id BIGINT,
    term_start DATE NOT NULL,
    term_end DATE NOT NULL,
    seated_at TIMESTAMP(6) NULL,
    CONSTRAINT fk_gov_term_election FOREIGN KEY (election_id) REFERENCES gov_election (id),
    CONSTRAINT fk_gov_term_member FOREIGN KEY (member_id) REFERENCES member (id)
) ENGINE=InnoDB;

-- Append-only: the audit trail of an election.
CREATE TABLE gov_log (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    election_id BIGINT NOT NULL,
    at TIMESTAMP(6) NOT NULL,
    actor VARCHAR(160) NOT NULL,
    action VARCHAR(60) NOT NULL,
    detail VARCHAR(1000),
    CONSTRAINT fk_gov_log_election FOREIGN KEY (election_id) REFERENCES gov_election (id)
) ENGINE=InnoDB;
CREATE INDEX ix_gov_log_election ON gov_log (election_id, at);
