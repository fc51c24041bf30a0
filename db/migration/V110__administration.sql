-- Administration (issue 26): areas keep their history, organisations carry an ODS code and can be retired or
-- merged, role changes are recorded, and one-time tokens (first-run setup, invitations) are stored only as hashes.
ALTER TABLE region
    ADD COLUMN retired BOOLEAN NOT NULL DEFAULT FALSE,
    ADD COLUMN former_names VARCHAR(1000) NULL;

ALTER TABLE stp
    ADD COLUMN retired BOOLEAN NOT NULL DEFAULT FALSE,
    ADD COLUMN former_names VARCHAR(1000) NULL,
    ADD COLUMN successor_id BIGINT NULL,
    ADD CONSTRAINT fk_stp_successor FOREIGN KEY (successor_id) REFERENCES stp (id);

ALTER TABLE organisation
    ADD COLUMN ods_code VARCHAR(10) NULL,
    ADD COLUMN postcode VARCHAR(10) NULL,
    ADD COLUMN retired_on DATE NULL,
    ADD COLUMN successor_id BIGINT NULL,
    ADD CONSTRAINT uk_organisation_ods UNIQUE (ods_code),
    ADD CONSTRAINT fk_organisation_successor FOREIGN KEY (successor_id) REFERENCES organisation (id);

CREATE TABLE organisation_aud (
    id BIGINT NOT NULL,
    rev BIGINT NOT NULL,
    revtype TINYINT,
    version BIGINT,
    name VARCHAR(200),
    type VARCHAR(40),
    stp_id BIGINT,
    ods_code VARCHAR(10),
    postcode VARCHAR(10),
    retired_on DATE,
    successor_id BIGINT,
    PRIMARY KEY (id, rev),
    CONSTRAINT fk_organisation_aud_rev FOREIGN KEY (rev) REFERENCES audit_revision (id)
) ENGINE=InnoDB;

-- Append-only: who granted or revoked which role, for whom, when and why.
CREATE TABLE role_change (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    version BIGINT NOT NULL DEFAULT 0,
    member_id BIGINT NOT NULL,
    role VARCHAR(30) NOT NULL,
    organisation_id BIGINT NULL,
    granted BOOLEAN NOT NULL,
    reason VARCHAR(500) NOT NULL,
    changed_by VARCHAR(254) NOT NULL,
    changed_at TIMESTAMP(6) NOT NULL,
    CONSTRAINT fk_role_change_member FOREIGN KEY (member_id) REFERENCES member (id) ON DELETE CASCADE,
    CONSTRAINT fk_role_change_org FOREIGN KEY (organisation_id) REFERENCES organisation (id)
) ENGINE=InnoDB;
CREATE INDEX ix_role_change_member ON role_change (member_id, changed_at);

-- One-time links: only the SHA-256 of the token is kept, so a copy of the database cannot be used to sign in.
CREATE TABLE account_token (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    version BIGINT NOT NULL DEFAULT 0,
    purpose VARCHAR(20) NOT NULL,
    token_hash CHAR(64) NOT NULL,
    member_id BIGINT NULL,
    created_at TIMESTAMP(6) NOT NULL,
    expires_at TIMESTAMP(6) NOT NULL,
    used_at TIMESTAMP(6) NULL,
    CONSTRAINT uk_account_token_hash UNIQUE (token_hash),
    CONSTRAINT fk_account_token_member FOREIGN KEY (member_id) REFERENCES member (id) ON DELETE CASCADE
) ENGINE=InnoDB;
