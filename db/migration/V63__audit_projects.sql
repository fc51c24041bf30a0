-- Audit trail for projects (decision 060): the project's own fields, its topics, QI methods and team.
-- Partners, links and the SPC signal are not audited. Column sets follow what Envers maps, because
-- ddl-auto is validate.
CREATE TABLE project_aud (
    id BIGINT NOT NULL,
    rev BIGINT NOT NULL,
    revtype TINYINT,
    title VARCHAR(200),
    summary VARCHAR(4000),
    aims VARCHAR(4000),
    status VARCHAR(20),
    start_date DATE,
    end_date DATE,
    region_id BIGINT,
    stp_id BIGINT,
    lead_id BIGINT,
    q_exchange_funded BOOLEAN,
    q_exchange_round VARCHAR(40),
    outcomes VARCHAR(4000),
    learning VARCHAR(4000),
    visibility VARCHAR(20),
    archived BOOLEAN,
    created_at TIMESTAMP(6) NULL,
    updated_at TIMESTAMP(6) NULL,
    PRIMARY KEY (id, rev),
    CONSTRAINT fk_project_aud_rev FOREIGN KEY (rev) REFERENCES audit_revision (id)
) ENGINE=InnoDB;
CREATE INDEX ix_project_aud_rev ON project_aud (rev);

CREATE TABLE project_topic_aud (
    rev BIGINT NOT NULL,
    revtype TINYINT,
    project_id BIGINT NOT NULL,
    topic_id BIGINT NOT NULL,
    PRIMARY KEY (project_id, rev, topic_id),
    CONSTRAINT fk_project_topic_aud_rev FOREIGN KEY (rev) REFERENCES audit_revision (id)
) ENGINE=InnoDB;

CREATE TABLE project_method_aud (
    rev BIGINT NOT NULL,
    revtype TINYINT,
    project_id BIGINT NOT NULL,
    method_id BIGINT NOT NULL,
    PRIMARY KEY (method_id, project_id, rev),
    CONSTRAINT fk_project_method_aud_rev FOREIGN KEY (rev) REFERENCES audit_revision (id)
) ENGINE=InnoDB;

-- Envers keeps a set of embeddables with an ordinal per change (setordinal), because a row's columns may be null.
CREATE TABLE project_team_aud (
    rev BIGINT NOT NULL,
    revtype TINYINT NOT NULL,
    setordinal INT NOT NULL,
    project_id BIGINT NOT NULL,
    member_id BIGINT,
    role VARCHAR(80),
    PRIMARY KEY (revtype, setordinal, project_id, rev),
    CONSTRAINT fk_project_team_aud_rev FOREIGN KEY (rev) REFERENCES audit_revision (id)
) ENGINE=InnoDB;
CREATE INDEX ix_project_team_aud_project ON project_team_aud (project_id, rev);
