-- Each notification has a kind, so that members choose a channel per kind (decision 090).
ALTER TABLE notification ADD COLUMN kind VARCHAR(40) NOT NULL DEFAULT 'GENERAL';
CREATE INDEX ix_notification_recipient_kind ON notification (recipient_id, kind, created_at);

-- A meeting invitation carries its iCalendar text, built when the meeting changed (the notifications module cannot
-- ask the meetings module for it later). It holds the attendee's address, so it goes with the notification.
ALTER TABLE sent_mail ADD COLUMN calendar MEDIUMTEXT NULL;

-- A member's channel for one kind of notification; no row means the kind's default.
CREATE TABLE notification_preference (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    version BIGINT NOT NULL DEFAULT 0,
    member_id BIGINT NOT NULL,
    kind VARCHAR(40) NOT NULL,
    channel VARCHAR(12) NOT NULL,
    CONSTRAINT uk_notification_preference UNIQUE (member_id, kind),
    CONSTRAINT fk_notification_preference_member FOREIGN KEY (member_id) REFERENCES member (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- The key that signs one-click unsubscribe links, made once by the first node that needs it and shared by all.
CREATE TABLE notification_secret (
    name VARCHAR(40) NOT NULL PRIMARY KEY,
    secret VARCHAR(100) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
