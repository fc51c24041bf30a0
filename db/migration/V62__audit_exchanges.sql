-- Audit trail for concordat exchanges (every workflow step) and ledger entries (who posted what, when).
CREATE TABLE concordat_exchange_aud (
    id BIGINT NOT NULL,
    rev BIGINT NOT NULL,
    revtype TINYINT,
    version BIGINT,
    request_id BIGINT,
    member_id BIGINT,
    lender_org_id BIGINT,
    host_org_id BIGINT,
    invited_by_id BIGINT,
    state VARCHAR(20),
    days_agreed INT,
    days_logged INT,
    reason VARCHAR(1000),
    release_note VARCHAR(1000),
    host_feedback VARCHAR(2000),
    member_feedback VARCHAR(2000),
    created_at TIMESTAMP(6) NULL,
    updated_at TIMESTAMP(6) NULL,
    PRIMARY KEY (id, rev),
    CONSTRAINT fk_concordat_exchange_aud_rev FOREIGN KEY (rev) REFERENCES audit_revision (id)
) ENGINE=InnoDB;

CREATE TABLE ledger_entry_aud (
    id BIGINT NOT NULL,
    rev BIGINT NOT NULL,
    revtype TINYINT,
    version BIGINT,
    exchange_id BIGINT,
    organisation_id BIGINT,
    counterparty_id BIGINT,
    days INT,
    posting VARCHAR(20),
    entry_date DATE,
    note VARCHAR(500),
    created_by VARCHAR(254),
    created_at TIMESTAMP(6) NULL,
    PRIMARY KEY (id, rev),
    CONSTRAINT fk_ledger_entry_aud_rev FOREIGN KEY (rev) REFERENCES audit_revision (id)
) ENGINE=InnoDB;
