-- Measures for improvement: dated data points and PDSA/rebase annotations, drawn as SPC charts.
-- project_id has no foreign key yet: the project register lands separately, and a later migration adds it.
CREATE TABLE measure (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    version BIGINT NOT NULL DEFAULT 0,
    project_id BIGINT NULL,
    owner_id BIGINT NOT NULL,
    name VARCHAR(160) NOT NULL,
    unit VARCHAR(60),
    definition VARCHAR(2000),
    direction VARCHAR(10) NOT NULL,
    target DOUBLE NULL,
    run_length INT NOT NULL DEFAULT 6,
    created_at TIMESTAMP(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    CONSTRAINT fk_measure_owner FOREIGN KEY (owner_id) REFERENCES member (id)
) ENGINE=InnoDB;
CREATE INDEX ix_measure_project ON measure (project_id);
CREATE INDEX ix_measure_name ON measure (name);

CREATE TABLE measure_data_point (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    version BIGINT NOT NULL DEFAULT 0,
    measure_id BIGINT NOT NULL,
    point_date DATE NOT NULL,
    value DOUBLE NOT NULL,
    CONSTRAINT uk_measure_data_point UNIQUE (measure_id, point_date),
    CONSTRAINT fk_measure_data_point_measure FOREIGN KEY (measure_id) REFERENCES measure (id) ON DELETE CASCADE
) ENGINE=InnoDB;

CREATE TABLE measure_annotation (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    version BIGINT NOT NULL DEFAULT 0,
    measure_id BIGINT NOT NULL,
    annotation_date DATE NOT NULL,
    label VARCHAR(120) NOT NULL,
    rebase BOOLEAN NOT NULL DEFAULT FALSE,
    CONSTRAINT fk_measure_annotation_measure FOREIGN KEY (measure_id) REFERENCES measure (id) ON DELETE CASCADE
) ENGINE=InnoDB;
CREATE INDEX ix_measure_annotation ON measure_annotation (measure_id, annotation_date);
