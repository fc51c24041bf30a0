-- The register of interests (decision 094): standing declarations per member, in the categories of NHS England's
-- "Managing conflicts of interest in the NHS"; ended, never deleted.
CREATE TABLE gov_interest (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    version BIGINT NOT NULL DEFAULT 0,
    member_id BIGINT NOT NULL,
    kind VARCHAR(30) NOT NULL,
    category VARCHAR(40) NOT NULL,
    description VARCHAR(1000) NOT NULL,
    starts_on DATE NOT NULL,
    ends_on DATE,
    created_at TIMESTAMP(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    CONSTRAINT fk_gov_interest_member FOREIGN KEY (member_id) REFERENCES member (id)
) ENGINE=InnoDB;
CREATE INDEX ix_gov_interest_member ON gov_interest (member_id, ends_on);

CREATE TABLE gov_interest_confirmation (
    member_id BIGINT PRIMARY KEY,
    version BIGINT NOT NULL DEFAULT 0,
    confirmed_on DATE,
    reminded_on DATE,
    CONSTRAINT fk_gov_confirmation_member FOREIGN KEY (member_id) REFERENCES member (id)
) ENGINE=InnoDB;
