-- A small record of every email the outbox sends or tries to send, for the ADMIN page "Sent mail" (decision 077).
-- No body: the text is rebuilt from the notification when the mail is sent, so it is stored once, in notification,
-- and goes with it when a member's data is erased (ON DELETE CASCADE).
CREATE TABLE sent_mail (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    version BIGINT NOT NULL DEFAULT 0,
    notification_id BIGINT NOT NULL,
    recipient VARCHAR(320) NOT NULL,
    subject VARCHAR(250) NOT NULL,
    status VARCHAR(10) NOT NULL,
    attempts INT NOT NULL DEFAULT 0,
    created_at TIMESTAMP(6) NOT NULL,
    last_attempt_at TIMESTAMP(6) NULL,
    sent_at TIMESTAMP(6) NULL,
    last_error VARCHAR(300) NULL,
    CONSTRAINT fk_sent_mail_notification FOREIGN KEY (notification_id) REFERENCES notification (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE INDEX ix_sent_mail_created ON sent_mail (created_at);
