-- Minutes approved at the next meeting (issue 20): tracked amendments, the agenda item that approves the last
-- meeting's minutes, the audited history of each stage, and the group's choice of approval by circulation.
ALTER TABLE mtg_group ADD COLUMN approve_by_circulation BOOLEAN NOT NULL DEFAULT FALSE;

CREATE TABLE mtg_amendment (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    version BIGINT NOT NULL DEFAULT 0,
    agenda_item_id BIGINT NOT NULL,
    author_id BIGINT NOT NULL,
    base_text TEXT,
    proposed_text TEXT NOT NULL,
    reason VARCHAR(1000),
    status VARCHAR(20) NOT NULL,
    decided_by_id BIGINT,
    decided_at TIMESTAMP(6) NULL,
    created_at TIMESTAMP(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    CONSTRAINT fk_mtg_amendment_item FOREIGN KEY (agenda_item_id) REFERENCES mtg_agenda_item (id) ON DELETE CASCADE,
    CONSTRAINT fk_mtg_amendment_author FOREIGN KEY (author_id) REFERENCES member (id),
    CONSTRAINT fk_mtg_amendment_decider FOREIGN KEY (decided_by_id) REFERENCES member (id),
    INDEX ix_mtg_amendment_status (agenda_item_id, status)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE mtg_minutes_approval_item (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    version BIGINT NOT NULL DEFAULT 0,
    agenda_item_id BIGINT NOT NULL,
    previous_meeting_id BIGINT NOT NULL,
    CONSTRAINT uq_mtg_approval_previous UNIQUE (previous_meeting_id),
    CONSTRAINT fk_mtg_approval_item FOREIGN KEY (agenda_item_id) REFERENCES mtg_agenda_item (id) ON DELETE CASCADE,
    CONSTRAINT fk_mtg_approval_previous FOREIGN KEY (previous_meeting_id) REFERENCES mtg_meeting (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE mtg_minutes_event (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    version BIGINT NOT NULL DEFAULT 0,
    meeting_id BIGINT NOT NULL,
    kind VARCHAR(30) NOT NULL,
    actor_id BIGINT,
    reason VARCHAR(1000),
    at TIMESTAMP(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    CONSTRAINT fk_mtg_minutes_event_meeting FOREIGN KEY (meeting_id) REFERENCES mtg_meeting (id),
    CONSTRAINT fk_mtg_minutes_event_actor FOREIGN KEY (actor_id) REFERENCES member (id),
    INDEX ix_mtg_minutes_event_meeting (meeting_id, at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
