-- A digest's HTML and plain-text parts, rendered when the digest is made (decision 091); other mails are built from
-- their notification when sent.
ALTER TABLE sent_mail ADD COLUMN html MEDIUMTEXT NULL;
ALTER TABLE sent_mail ADD COLUMN text_part MEDIUMTEXT NULL;

-- One row per member and digest period, written in the same transaction as the digest's notification and its outbox
-- entry: a run after a crash, or on a second node, skips every member already done.
CREATE TABLE notification_digest (
    member_id BIGINT NOT NULL,
    period VARCHAR(10) NOT NULL,
    period_start DATE NOT NULL,
    sent_at TIMESTAMP(6) NOT NULL,
    PRIMARY KEY (member_id, period, period_start),
    CONSTRAINT fk_notification_digest_member FOREIGN KEY (member_id) REFERENCES member (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
