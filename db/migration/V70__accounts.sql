-- Accounts a real service needs (issue 17, decisions 085-087).

-- A system email (password reset, a registration's answer) goes to an address that may have no member, so it has
-- no notification. Its text is held here only until it is sent, then cleared: a reset link never stays in a table.
ALTER TABLE sent_mail MODIFY notification_id BIGINT NULL;
ALTER TABLE sent_mail ADD COLUMN body TEXT NULL;

-- Raised whenever the account's password or access changes: an open Vaadin UI compares it on each navigation.
ALTER TABLE user_account ADD COLUMN security_stamp INT NOT NULL DEFAULT 0;

-- Single-use reset links: only the SHA-256 of the token is stored.
CREATE TABLE password_reset_token (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    version BIGINT NOT NULL DEFAULT 0,
    user_account_id BIGINT NOT NULL,
    token_hash CHAR(64) NOT NULL,
    created_at TIMESTAMP(6) NOT NULL,
    expires_at TIMESTAMP(6) NOT NULL,
    used_at TIMESTAMP(6) NULL,
    CONSTRAINT uq_password_reset_token UNIQUE (token_hash),
    CONSTRAINT fk_password_reset_account FOREIGN KEY (user_account_id) REFERENCES user_account (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
