-- Concerns and mediation (decision 095): a member raises a concern about a discussion post, a project entry or a
-- person's conduct; convenors and ADMINs work a queue. Every step is a note; nothing is deleted.
CREATE TABLE gov_concern (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    version BIGINT NOT NULL DEFAULT 0,
    subject_type VARCHAR(20) NOT NULL,
    subject_id BIGINT NOT NULL,
    subject_label VARCHAR(300) NOT NULL,
    group_id BIGINT,
    raised_by BIGINT NOT NULL,
    reason TEXT NOT NULL,
    confidential BOOLEAN NOT NULL DEFAULT FALSE,
    status VARCHAR(20) NOT NULL,
    content_hidden BOOLEAN NOT NULL DEFAULT FALSE,
    outcome TEXT,
    created_at TIMESTAMP(6) NOT NULL,
    closed_at TIMESTAMP(6) NULL,
    CONSTRAINT fk_gov_concern_raiser FOREIGN KEY (raised_by) REFERENCES member (id),
    CONSTRAINT fk_gov_concern_group FOREIGN KEY (group_id) REFERENCES mtg_group (id)
) ENGINE=InnoDB;
CREATE INDEX ix_gov_concern_status ON gov_concern (status, created_at);
CREATE INDEX ix_gov_concern_subject ON gov_concern (subject_type, subject_id, content_hidden);

CREATE TABLE gov_concern_note (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    concern_id BIGINT NOT NULL,
    kind VARCHAR(20) NOT NULL,
    author VARCHAR(160) NOT NULL,
    body TEXT NOT NULL,
    at TIMESTAMP(6) NOT NULL,
    CONSTRAINT fk_gov_concern_note FOREIGN KEY (concern_id) REFERENCES gov_concern (id)
) ENGINE=InnoDB;
