-- The concordat's signatures keep a history: who signed an organisation up or ended its signature, when and why.
ALTER TABLE concordat_signatory ADD COLUMN end_reason VARCHAR(500) NULL;

CREATE TABLE concordat_signatory_aud (
    id BIGINT NOT NULL,
    rev BIGINT NOT NULL,
    revtype TINYINT,
    version BIGINT,
    organisation_id BIGINT,
    signed_on DATE,
    signed_by_name VARCHAR(120),
    signed_by_role VARCHAR(120),
    lending_cap_days INT,
    end_reason VARCHAR(500),
    created_at TIMESTAMP(6) NULL,
    PRIMARY KEY (id, rev),
    CONSTRAINT fk_concordat_signatory_aud_rev FOREIGN KEY (rev) REFERENCES audit_revision (id)
) ENGINE=InnoDB;
