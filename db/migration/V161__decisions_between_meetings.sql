-- Decisions between meetings (issue 20): a seat holder's proposal in the group's thread, the seat holders'
-- responses with their reasons, and the outcome the convenor records as a decision with a review date.
CREATE TABLE mtg_proposal (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    version BIGINT NOT NULL DEFAULT 0,
    group_id BIGINT NOT NULL,
    author_id BIGINT NOT NULL,
    title VARCHAR(200) NOT NULL,
    body VARCHAR(4000) NOT NULL,
    closes_on DATE NOT NULL,
    created_at TIMESTAMP(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    outcome VARCHAR(20),
    decision_text VARCHAR(1000),
    review_date DATE,
    decided_by_id BIGINT,
    decided_at TIMESTAMP(6) NULL,
    CONSTRAINT fk_mtg_proposal_group FOREIGN KEY (group_id) REFERENCES mtg_group (id),
    CONSTRAINT fk_mtg_proposal_author FOREIGN KEY (author_id) REFERENCES member (id),
    CONSTRAINT fk_mtg_proposal_decider FOREIGN KEY (decided_by_id) REFERENCES member (id),
    INDEX ix_mtg_proposal_group (group_id, created_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE mtg_proposal_response (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    version BIGINT NOT NULL DEFAULT 0,
    proposal_id BIGINT NOT NULL,
    member_id BIGINT NOT NULL,
    stance VARCHAR(20) NOT NULL,
    reason VARCHAR(1000) NOT NULL,
    responded_at TIMESTAMP(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    CONSTRAINT uq_mtg_proposal_response UNIQUE (proposal_id, member_id),
    CONSTRAINT fk_mtg_response_proposal FOREIGN KEY (proposal_id) REFERENCES mtg_proposal (id),
    CONSTRAINT fk_mtg_response_member FOREIGN KEY (member_id) REFERENCES member (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
