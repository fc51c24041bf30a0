-- Security event log: sign-in success and failure, access denied, throttling.
CREATE TABLE security_event (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    version BIGINT NOT NULL DEFAULT 0,
    occurred_at TIMESTAMP(6) NOT NULL,
    type VARCHAR(30) NOT NULL,
    username VARCHAR(254),
    remote_address VARCHAR(64),
    detail VARCHAR(500)
) ENGINE=InnoDB;
CREATE INDEX ix_security_event_time ON security_event (occurred_at);
CREATE INDEX ix_security_event_user ON security_event (username, type, occurred_at);
CREATE INDEX ix_security_event_addr ON security_event (remote_address, type, occurred_at);
