-- Audit trail (Hibernate Envers): who changed what and when, for minutes and decisions (and, in later
-- migrations, projects, exchanges and ledger entries).
CREATE TABLE audit_revision (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    changed_at BIGINT NOT NULL,
    username VARCHAR(254)
) ENGINE=InnoDB;

CREATE TABLE mtg_agenda_item_aud (
    id BIGINT NOT NULL,
    rev BIGINT NOT NULL,
    revtype TINYINT,
    version BIGINT,
    meeting_id BIGINT,
    position INT,
    title VARCHAR(200),
    presenter VARCHAR(120),
    minutes_allotted INT,
    declarations VARCHAR(1000),
    minutes_text TEXT,
    PRIMARY KEY (id, rev),
    CONSTRAINT fk_mtg_agenda_item_aud_rev FOREIGN KEY (rev) REFERENCES audit_revision (id)
) ENGINE=InnoDB;

CREATE TABLE mtg_decision_aud (
    id BIGINT NOT NULL,
    rev BIGINT NOT NULL,
    revtype TINYINT,
    version BIGINT,
    meeting_id BIGINT,
    text VARCHAR(1000),
    review_date DATE,
    PRIMARY KEY (id, rev),
    CONSTRAINT fk_mtg_decision_aud_rev FOREIGN KEY (rev) REFERENCES audit_revision (id)
) ENGINE=InnoDB;
