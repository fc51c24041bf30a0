-- Editable taxonomies (issue 26, item 6): skill groups become rows an ADMIN edits instead of a fixed list, and every
-- taxonomy entry (topic, QI method, skill, skill group) keeps its former names; a merged entry points to the entry
-- that took over what used it. Changes are audited (Envers) like organisations.
CREATE TABLE skill_group (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    version BIGINT NOT NULL DEFAULT 0,
    name VARCHAR(60) NOT NULL,
    former_names VARCHAR(1000) NULL,
    active BOOLEAN NOT NULL DEFAULT TRUE,
    CONSTRAINT uk_skill_group_name UNIQUE (name)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

INSERT INTO skill_group (name) VALUES ('QI methods'), ('People'), ('Data'), ('Programme');

ALTER TABLE skill
    ADD COLUMN group_id BIGINT NULL,
    ADD COLUMN former_names VARCHAR(1000) NULL,
    ADD COLUMN successor_id BIGINT NULL;

UPDATE skill s
    JOIN skill_group g ON g.name = CASE s.skill_group
        WHEN 'QI_METHODS' THEN 'QI methods'
        WHEN 'PEOPLE' THEN 'People'
        WHEN 'DATA' THEN 'Data'
        ELSE 'Programme' END
    SET s.group_id = g.id;

ALTER TABLE skill
    MODIFY group_id BIGINT NOT NULL,
    DROP COLUMN skill_group,
    ADD CONSTRAINT fk_skill_group FOREIGN KEY (group_id) REFERENCES skill_group (id),
    ADD CONSTRAINT fk_skill_successor FOREIGN KEY (successor_id) REFERENCES skill (id);
CREATE INDEX ix_skill_group ON skill (group_id, name);

ALTER TABLE topic
    ADD COLUMN former_names VARCHAR(1000) NULL,
    ADD COLUMN successor_id BIGINT NULL,
    ADD CONSTRAINT fk_topic_successor FOREIGN KEY (successor_id) REFERENCES topic (id);

ALTER TABLE qi_method
    ADD COLUMN former_names VARCHAR(1000) NULL,
    ADD COLUMN successor_id BIGINT NULL,
    ADD CONSTRAINT fk_qi_method_successor FOREIGN KEY (successor_id) REFERENCES qi_method (id);

CREATE TABLE topic_aud (
    id BIGINT NOT NULL,
    rev BIGINT NOT NULL,
    revtype TINYINT,
    name VARCHAR(100),
    slug VARCHAR(100),
    kind VARCHAR(20),
    active BOOLEAN,
    former_names VARCHAR(1000),
    successor_id BIGINT,
    PRIMARY KEY (id, rev),
    CONSTRAINT fk_topic_aud_rev FOREIGN KEY (rev) REFERENCES audit_revision (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE qi_method_aud (
    id BIGINT NOT NULL,
    rev BIGINT NOT NULL,
    revtype TINYINT,
    name VARCHAR(100),
    slug VARCHAR(100),
    active BOOLEAN,
    former_names VARCHAR(1000),
    successor_id BIGINT,
    PRIMARY KEY (id, rev),
    CONSTRAINT fk_qi_method_aud_rev FOREIGN KEY (rev) REFERENCES audit_revision (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE skill_aud (
    id BIGINT NOT NULL,
    rev BIGINT NOT NULL,
    revtype TINYINT,
    name VARCHAR(120),
    group_id BIGINT,
    active BOOLEAN,
    former_names VARCHAR(1000),
    successor_id BIGINT,
    PRIMARY KEY (id, rev),
    CONSTRAINT fk_skill_aud_rev FOREIGN KEY (rev) REFERENCES audit_revision (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE skill_group_aud (
    id BIGINT NOT NULL,
    rev BIGINT NOT NULL,
    revtype TINYINT,
    name VARCHAR(60),
    former_names VARCHAR(1000),
    active BOOLEAN,
    PRIMARY KEY (id, rev),
    CONSTRAINT fk_skill_group_aud_rev FOREIGN KEY (rev) REFERENCES audit_revision (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
