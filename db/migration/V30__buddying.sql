-- Buddying: experienced members offer to buddy, newcomers request a buddy, pairs move through a lifecycle.
CREATE TABLE buddy_offer (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    version BIGINT NOT NULL DEFAULT 0,
    member_id BIGINT NOT NULL,
    capacity INT NOT NULL DEFAULT 2,
    note VARCHAR(1000),
    active BOOLEAN NOT NULL DEFAULT TRUE,
    created_at TIMESTAMP(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    CONSTRAINT uk_buddy_offer_member UNIQUE (member_id),
    CONSTRAINT fk_buddy_offer_member FOREIGN KEY (member_id) REFERENCES member (id)
) ENGINE=InnoDB;

CREATE TABLE buddy_offer_skill (
    offer_id BIGINT NOT NULL,
    skill_id BIGINT NOT NULL,
    PRIMARY KEY (offer_id, skill_id),
    CONSTRAINT fk_buddy_offer_skill_offer FOREIGN KEY (offer_id) REFERENCES buddy_offer (id) ON DELETE CASCADE,
    CONSTRAINT fk_buddy_offer_skill_skill FOREIGN KEY (skill_id) REFERENCES skill (id)
) ENGINE=InnoDB;

CREATE TABLE buddy_offer_mode (
    offer_id BIGINT NOT NULL,
    mode VARCHAR(20) NOT NULL,
    PRIMARY KEY (offer_id, mode),
    CONSTRAINT fk_buddy_offer_mode_offer FOREIGN KEY (offer_id) REFERENCES buddy_offer (id) ON DELETE CASCADE
) ENGINE=InnoDB;

CREATE TABLE buddy_request (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    version BIGINT NOT NULL DEFAULT 0,
    member_id BIGINT NOT NULL,
    goals VARCHAR(2000) NOT NULL,
    same_profession BOOLEAN NOT NULL DEFAULT FALSE,
    same_stp BOOLEAN NOT NULL DEFAULT FALSE,
    preferred_mode VARCHAR(20),
    status VARCHAR(20) NOT NULL,
    created_at TIMESTAMP(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    CONSTRAINT fk_buddy_request_member FOREIGN KEY (member_id) REFERENCES member (id)
) ENGINE=InnoDB;
CREATE INDEX ix_buddy_request_status ON buddy_request (status, created_at);
CREATE INDEX ix_buddy_request_member ON buddy_request (member_id, status);

CREATE TABLE buddy_request_skill (
    request_id BIGINT NOT NULL,
    skill_id BIGINT NOT NULL,
    PRIMARY KEY (request_id, skill_id),
    CONSTRAINT fk_buddy_request_skill_request FOREIGN KEY (request_id) REFERENCES buddy_request (id) ON DELETE CASCADE,
    CONSTRAINT fk_buddy_request_skill_skill FOREIGN KEY (skill_id) REFERENCES skill (id)
) ENGINE=InnoDB;

CREATE TABLE buddy_pair (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    version BIGINT NOT NULL DEFAULT 0,
    request_id BIGINT NOT NULL,
    buddy_id BIGINT NOT NULL,
    newcomer_id BIGINT NOT NULL,
    status VARCHAR(20) NOT NULL,
    score INT NOT NULL DEFAULT 0,
    reasons VARCHAR(1000),
    proposed_at TIMESTAMP(6) NOT NULL,
    activated_on DATE,
    last_check_in_on DATE,
    last_nudged_on DATE,
    decline_reason VARCHAR(500),
    closed_at TIMESTAMP(6) NULL,
    CONSTRAINT fk_buddy_pair_request FOREIGN KEY (request_id) REFERENCES buddy_request (id),
    CONSTRAINT fk_buddy_pair_buddy FOREIGN KEY (buddy_id) REFERENCES member (id),
    CONSTRAINT fk_buddy_pair_newcomer FOREIGN KEY (newcomer_id) REFERENCES member (id)
) ENGINE=InnoDB;
CREATE INDEX ix_buddy_pair_buddy ON buddy_pair (buddy_id, status);
CREATE INDEX ix_buddy_pair_newcomer ON buddy_pair (newcomer_id, status);
CREATE INDEX ix_buddy_pair_status ON buddy_pair (status, last_check_in_on);

CREATE TABLE buddy_check_in (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    version BIGINT NOT NULL DEFAULT 0,
    pair_id BIGINT NOT NULL,
    author_id BIGINT NOT NULL,
    held_on DATE NOT NULL,
    mode VARCHAR(20) NOT NULL,
    note VARCHAR(500),
    created_at TIMESTAMP(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    CONSTRAINT fk_buddy_check_in_pair FOREIGN KEY (pair_id) REFERENCES buddy_pair (id),
    CONSTRAINT fk_buddy_check_in_author FOREIGN KEY (author_id) REFERENCES member (id)
) ENGINE=InnoDB;
CREATE INDEX ix_buddy_check_in_pair ON buddy_check_in (pair_id, held_on);

CREATE TABLE buddy_feedback (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    version BIGINT NOT NULL DEFAULT 0,
    pair_id BIGINT NOT NULL,
    author_id BIGINT NOT NULL,
    rating INT NOT NULL,
    comment VARCHAR(1000),
    created_at TIMESTAMP(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    CONSTRAINT uk_buddy_feedback UNIQUE (pair_id, author_id),
    CONSTRAINT fk_buddy_feedback_pair FOREIGN KEY (pair_id) REFERENCES buddy_pair (id),
    CONSTRAINT fk_buddy_feedback_author FOREIGN KEY (author_id) REFERENCES member (id)
) ENGINE=InnoDB;
