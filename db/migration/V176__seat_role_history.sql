-- Seat roles of one group (issue 26, item 3): a change of a seat's role or convenorship says why, and every change of
-- a seat is kept in the audit trail (Envers), so that the group's history shows who changed what, when and why.
ALTER TABLE mtg_seat ADD COLUMN role_reason VARCHAR(500) NULL;

CREATE TABLE mtg_seat_aud (
    id BIGINT NOT NULL,
    rev BIGINT NOT NULL,
    revtype TINYINT,
    group_id BIGINT,
    member_id BIGINT,
    role VARCHAR(30),
    convenor BOOLEAN,
    position INT,
    role_reason VARCHAR(500),
    PRIMARY KEY (id, rev),
    CONSTRAINT fk_mtg_seat_aud_rev FOREIGN KEY (rev) REFERENCES audit_revision (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
