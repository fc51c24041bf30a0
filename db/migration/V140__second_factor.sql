-- Two-factor sign-in (issue 17, decision 111): one TOTP secret per account, encrypted by the application with a
-- key kept outside the database, and its single-use recovery codes stored as SHA-256.
CREATE TABLE second_factor (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    version BIGINT NOT NULL DEFAULT 0,
    account_id BIGINT NOT NULL,
    secret_encrypted VARCHAR(255) NOT NULL,
    enrolled_at TIMESTAMP(6) NOT NULL,
    -- The last 30-second step whose code was accepted: a code is never accepted twice.
    last_used_step BIGINT NOT NULL,
    CONSTRAINT uq_second_factor_account UNIQUE (account_id),
    CONSTRAINT fk_second_factor_account FOREIGN KEY (account_id) REFERENCES user_account (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE second_factor_recovery_code (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    version BIGINT NOT NULL DEFAULT 0,
    account_id BIGINT NOT NULL,
    code_hash CHAR(64) NOT NULL,
    used_at TIMESTAMP(6) NULL,
    CONSTRAINT fk_recovery_code_account FOREIGN KEY (account_id) REFERENCES user_account (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_recovery_code_account ON second_factor_recovery_code (account_id, code_hash);
