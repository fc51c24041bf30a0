-- Merging duplicate members (issue 26, item 4): the closed record points to the one that took over its projects,
-- seats, exchanges, buddy pairs and posts, and an append-only row says who merged which records, when, why and what
-- moved.
ALTER TABLE member
    ADD COLUMN merged_into_id BIGINT NULL,
    ADD CONSTRAINT fk_member_merged_into FOREIGN KEY (merged_into_id) REFERENCES member (id);

CREATE TABLE member_merge (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    version BIGINT NOT NULL DEFAULT 0,
    from_member_id BIGINT NOT NULL,
    to_member_id BIGINT NOT NULL,
    reason VARCHAR(500) NOT NULL,
    moved VARCHAR(1000) NULL,
    merged_by VARCHAR(254) NOT NULL,
    merged_at TIMESTAMP(6) NOT NULL,
    CONSTRAINT fk_member_merge_from FOREIGN KEY (from_member_id) REFERENCES member (id),
    CONSTRAINT fk_member_merge_to FOREIGN KEY (to_member_id) REFERENCES member (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
