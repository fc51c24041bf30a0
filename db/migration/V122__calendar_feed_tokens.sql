-- Calendar feeds per member and per group (issue 23, decision 107): a feed shows what the group's page shows that
-- member, can be revoked from their profile and is withdrawn when their access changes. The group-wide token it
-- replaces is no longer accepted.
CREATE TABLE mtg_feed_token (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    version BIGINT NOT NULL DEFAULT 0,
    member_id BIGINT NOT NULL,
    group_id BIGINT NOT NULL,
    token VARCHAR(64) NOT NULL,
    created_at TIMESTAMP(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    CONSTRAINT uk_mtg_feed_token UNIQUE (token),
    CONSTRAINT uk_mtg_feed_token_member_group UNIQUE (member_id, group_id),
    CONSTRAINT fk_mtg_feed_token_member FOREIGN KEY (member_id) REFERENCES member (id),
    CONSTRAINT fk_mtg_feed_token_group FOREIGN KEY (group_id) REFERENCES mtg_group (id)
) ENGINE=InnoDB;
