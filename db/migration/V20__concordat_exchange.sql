-- Concordat exchange: signatories, expertise requests, exchanges between organisations and the days ledger.
CREATE TABLE concordat_signatory (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    version BIGINT NOT NULL DEFAULT 0,
    organisation_id BIGINT NOT NULL,
    signed_on DATE NOT NULL,
    signed_by_name VARCHAR(120) NOT NULL,
    signed_by_role VARCHAR(120) NOT NULL,
    lending_cap_days INT NULL,
    created_at TIMESTAMP(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    CONSTRAINT uk_signatory_organisation UNIQUE (organisation_id),
    CONSTRAINT fk_signatory_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id)
) ENGINE=InnoDB;

CREATE TABLE concordat_signatory_stp (
    signatory_id BIGINT NOT NULL,
    stp_id BIGINT NOT NULL,
    version BIGINT NOT NULL DEFAULT 0,
    PRIMARY KEY (signatory_id, stp_id),
    CONSTRAINT fk_signatory_stp_signatory FOREIGN KEY (signatory_id) REFERENCES concordat_signatory (id) ON DELETE CASCADE,
    CONSTRAINT fk_signatory_stp_stp FOREIGN KEY (stp_id) REFERENCES stp (id)
) ENGINE=InnoDB;

CREATE TABLE expertise_request (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    version BIGINT NOT NULL DEFAULT 0,
    requesting_org_id BIGINT NOT NULL,
    created_by_id BIGINT NOT NULL,
    title VARCHAR(160) NOT NULL,
    description VARCHAR(4000) NOT NULL,
    days_needed INT NOT NULL,
    starts_on DATE NOT NULL,
    ends_on DATE NOT NULL,
    location VARCHAR(200) NULL,
    remote BOOLEAN NOT NULL DEFAULT FALSE,
    project_id BIGINT NULL,
    status VARCHAR(20) NOT NULL,
    created_at TIMESTAMP(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    CONSTRAINT fk_request_organisation FOREIGN KEY (requesting_org_id) REFERENCES organisation (id),
    CONSTRAINT fk_request_created_by FOREIGN KEY (created_by_id) REFERENCES member (id)
) ENGINE=InnoDB;
CREATE INDEX ix_request_status ON expertise_request (status, created_at);

CREATE TABLE expertise_request_skill (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    version BIGINT NOT NULL DEFAULT 0,
    request_id BIGINT NOT NULL,
    skill_id BIGINT NOT NULL,
    min_level VARCHAR(20) NOT NULL,
    CONSTRAINT uk_request_skill UNIQUE (request_id, skill_id),
    CONSTRAINT fk_request_skill_request FOREIGN KEY (request_id) REFERENCES expertise_request (id) ON DELETE CASCADE,
    CONSTRAINT fk_request_skill_skill FOREIGN KEY (skill_id) REFERENCES skill (id)
) ENGINE=InnoDB;

CREATE TABLE expertise_interest (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    version BIGINT NOT NULL DEFAULT 0,
    request_id BIGINT NOT NULL,
    member_id BIGINT NOT NULL,
    created_at TIMESTAMP(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    CONSTRAINT uk_interest UNIQUE (request_id, member_id),
    CONSTRAINT fk_interest_request FOREIGN KEY (request_id) REFERENCES expertise_request (id) ON DELETE CASCADE,
    CONSTRAINT fk_interest_member FOREIGN KEY (member_id) REFERENCES member (id)
) ENGINE=InnoDB;

CREATE TABLE concordat_exchange (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    version BIGINT NOT NULL DEFAULT 0,
    request_id BIGINT NOT NULL,
    member_id BIGINT NOT NULL,
    lender_org_id BIGINT NOT NULL,
    host_org_id BIGINT NOT NULL,
    invited_by_id BIGINT NOT NULL,
    state VARCHAR(20) NOT NULL,
    days_agreed INT NOT NULL,
    days_logged INT NULL,
    reason VARCHAR(1000) NULL,
    release_note VARCHAR(1000) NULL,
    host_feedback VARCHAR(2000) NULL,
    member_feedback VARCHAR(2000) NULL,
    created_at TIMESTAMP(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    updated_at TIMESTAMP(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    CONSTRAINT uk_exchange_request_member UNIQUE (request_id, member_id),
    CONSTRAINT fk_exchange_request FOREIGN KEY (request_id) REFERENCES expertise_request (id),
    CONSTRAINT fk_exchange_member FOREIGN KEY (member_id) REFERENCES member (id),
    CONSTRAINT fk_exchange_lender FOREIGN KEY (lender_org_id) REFERENCES organisation (id),
    CONSTRAINT fk_exchange_host FOREIGN KEY (host_org_id) REFERENCES organisation (id),
    CONSTRAINT fk_exchange_invited_by FOREIGN KEY (invited_by_id) REFERENCES member (id)
) ENGINE=InnoDB;
CREATE INDEX ix_exchange_state ON concordat_exchange (state, lender_org_id);

-- Append-only: each posting (CONFIRM, REVERSE-n, CORRECT-n) of an exchange is written once per organisation,
-- which the unique key guarantees even if two confirmations race.
CREATE TABLE ledger_entry (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    version BIGINT NOT NULL DEFAULT 0,
    exchange_id BIGINT NOT NULL,
    organisation_id BIGINT NOT NULL,
    counterparty_id BIGINT NOT NULL,
    days INT NOT NULL,
    posting VARCHAR(20) NOT NULL,
    entry_date DATE NOT NULL,
    note VARCHAR(500) NULL,
    created_by VARCHAR(254) NOT NULL,
    created_at TIMESTAMP(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    CONSTRAINT uk_ledger_posting UNIQUE (exchange_id, organisation_id, posting),
    CONSTRAINT fk_ledger_exchange FOREIGN KEY (exchange_id) REFERENCES concordat_exchange (id),
    CONSTRAINT fk_ledger_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id),
    CONSTRAINT fk_ledger_counterparty FOREIGN KEY (counterparty_id) REFERENCES organisation (id)
) ENGINE=InnoDB;
CREATE INDEX ix_ledger_org_date ON ledger_entry (organisation_id, entry_date);
