-- Issue 21: SPC that agrees with Making Data Count (decision 096). Each measure chooses its chart type, moving-range
-- screening, a fixed baseline and a conflict rule; targets may change over time; a marker row lets the application
-- re-flag every stored measure once, through the event path, after the rules changed.
ALTER TABLE measure ADD COLUMN chart_type VARCHAR(10) NOT NULL DEFAULT 'XMR';
ALTER TABLE measure ADD COLUMN screen_outliers BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE measure ADD COLUMN fix_after INT NULL;
ALTER TABLE measure ADD COLUMN conflict_rule VARCHAR(12) NOT NULL DEFAULT 'IMPROVEMENT';

CREATE TABLE measure_target (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    version BIGINT NOT NULL DEFAULT 0,
    measure_id BIGINT NOT NULL,
    target_value DOUBLE NOT NULL,
    start_date DATE NULL,
    end_date DATE NULL,
    CONSTRAINT fk_measure_target_measure FOREIGN KEY (measure_id) REFERENCES measure (id) ON DELETE CASCADE
) ENGINE=InnoDB;
CREATE INDEX ix_measure_target ON measure_target (measure_id, start_date);

-- The version of the SPC rules the stored project signals were computed with; 0 = before issue 21.
CREATE TABLE spc_rules_applied (
    id INT PRIMARY KEY,
    rules_version INT NOT NULL
) ENGINE=InnoDB;
INSERT INTO spc_rules_applied (id, rules_version) VALUES (1, 0);
