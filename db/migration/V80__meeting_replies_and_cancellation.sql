-- Members reply to a meeting invitation in the app (decision 089): attending, tentative or apologies, with an
-- optional note. The convenor's attendance register shows the replies as the expected list.
CREATE TABLE mtg_reply (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    version BIGINT NOT NULL DEFAULT 0,
    meeting_id BIGINT NOT NULL,
    member_id BIGINT NOT NULL,
    answer VARCHAR(12) NOT NULL,
    note VARCHAR(500) NULL,
    replied_at TIMESTAMP(6) NOT NULL,
    CONSTRAINT uk_mtg_reply UNIQUE (meeting_id, member_id),
    CONSTRAINT fk_mtg_reply_meeting FOREIGN KEY (meeting_id) REFERENCES mtg_meeting (id) ON DELETE CASCADE,
    CONSTRAINT fk_mtg_reply_member FOREIGN KEY (member_id) REFERENCES member (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_mtg_reply_member ON mtg_reply (member_id);

-- A cancelled meeting keeps its row (its UID must stay the same for the CANCEL invitation) but leaves the lists.
ALTER TABLE mtg_meeting ADD COLUMN cancelled_at TIMESTAMP(6) NULL;
