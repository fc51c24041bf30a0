-- Each reminder the meetings job has queued, by a key such as "meeting:12:member:5:two-days". It is written in the
-- same transaction as the reminder's notification and outbox entry, so a run after a crash, on another node, or a
-- second run on the same day never sends the same reminder twice (decision 091).
CREATE TABLE mtg_reminder_sent (
    reminder_key VARCHAR(120) NOT NULL PRIMARY KEY,
    sent_at TIMESTAMP(6) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
