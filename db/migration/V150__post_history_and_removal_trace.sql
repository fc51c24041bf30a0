-- Posts are edited with their history kept and removed with a trace (decision 114): the thread shows
-- "removed by ... on ..., reason"; earlier wordings stay in mtg_post_version for the author and the group's managers.
ALTER TABLE mtg_post
    ADD COLUMN edited_at TIMESTAMP(6) NULL,
    ADD COLUMN removed_at TIMESTAMP(6) NULL,
    ADD COLUMN removed_by_id BIGINT NULL,
    ADD COLUMN removed_reason VARCHAR(1000) NULL,
    ADD CONSTRAINT fk_mtg_post_removed_by FOREIGN KEY (removed_by_id) REFERENCES member (id);

CREATE TABLE mtg_post_version (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    version BIGINT NOT NULL DEFAULT 0,
    post_id BIGINT NOT NULL,
    body VARCHAR(4000) NOT NULL,
    written_at TIMESTAMP(6) NOT NULL,
    replaced_at TIMESTAMP(6) NOT NULL,
    replaced_by_id BIGINT NULL,
    change_kind VARCHAR(20) NOT NULL,
    CONSTRAINT fk_mtg_post_version_post FOREIGN KEY (post_id) REFERENCES mtg_post (id),
    CONSTRAINT fk_mtg_post_version_by FOREIGN KEY (replaced_by_id) REFERENCES member (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_mtg_post_version_post ON mtg_post_version (post_id, replaced_at);
