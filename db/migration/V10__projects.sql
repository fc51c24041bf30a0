-- QI project register: curated topics and methods, projects, their teams, partners and links.
CREATE TABLE topic (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    version BIGINT NOT NULL DEFAULT 0,
    name VARCHAR(100) NOT NULL,
    slug VARCHAR(100) NOT NULL,
    kind VARCHAR(20) NOT NULL,
    active BOOLEAN NOT NULL DEFAULT TRUE,
    CONSTRAINT uk_topic_name UNIQUE (name),
    CONSTRAINT uk_topic_slug UNIQUE (slug)
) ENGINE=InnoDB;

CREATE TABLE qi_method (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    version BIGINT NOT NULL DEFAULT 0,
    name VARCHAR(100) NOT NULL,
    slug VARCHAR(100) NOT NULL,
    active BOOLEAN NOT NULL DEFAULT TRUE,
    CONSTRAINT uk_qi_method_name UNIQUE (name),
    CONSTRAINT uk_qi_method_slug UNIQUE (slug)
) ENGINE=InnoDB;

CREATE TABLE project (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    version BIGINT NOT NULL DEFAULT 0,
    title VARCHAR(200) NOT NULL,
    summary VARCHAR(4000) NOT NULL,
    aims VARCHAR(4000),
    status VARCHAR(20) NOT NULL,
    start_date DATE NOT NULL,
    end_date DATE,
    region_id BIGINT NOT NULL,
    stp_id BIGINT NOT NULL,
    lead_id BIGINT NOT NULL,
    q_exchange_funded BOOLEAN NOT NULL DEFAULT FALSE,
    q_exchange_round VARCHAR(40),
    outcomes VARCHAR(4000),
    learning VARCHAR(4000),
    visibility VARCHAR(20) NOT NULL,
    archived BOOLEAN NOT NULL DEFAULT FALSE,
    created_at TIMESTAMP(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    updated_at TIMESTAMP(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    CONSTRAINT fk_project_region FOREIGN KEY (region_id) REFERENCES region (id),
    CONSTRAINT fk_project_stp FOREIGN KEY (stp_id) REFERENCES stp (id),
    CONSTRAINT fk_project_lead FOREIGN KEY (lead_id) REFERENCES member (id)
) ENGINE=InnoDB;
CREATE INDEX ix_project_lead ON project (lead_id);
CREATE INDEX ix_project_region ON project (region_id, stp_id, archived);

CREATE TABLE project_topic (
    project_id BIGINT NOT NULL,
    topic_id BIGINT NOT NULL,
    PRIMARY KEY (project_id, topic_id),
    CONSTRAINT fk_project_topic_project FOREIGN KEY (project_id) REFERENCES project (id) ON DELETE CASCADE,
    CONSTRAINT fk_project_topic_topic FOREIGN KEY (topic_id) REFERENCES topic (id)
) ENGINE=InnoDB;
CREATE INDEX ix_project_topic_topic ON project_topic (topic_id);

CREATE TABLE project_method (
    project_id BIGINT NOT NULL,
    method_id BIGINT NOT NULL,
    PRIMARY KEY (project_id, method_id),
    CONSTRAINT fk_project_method_project FOREIGN KEY (project_id) REFERENCES project (id) ON DELETE CASCADE,
    CONSTRAINT fk_project_method_method FOREIGN KEY (method_id) REFERENCES qi_method (id)
) ENGINE=InnoDB;

CREATE TABLE project_partner (
    project_id BIGINT NOT NULL,
    organisation_id BIGINT NOT NULL,
    PRIMARY KEY (project_id, organisation_id),
    CONSTRAINT fk_project_partner_project FOREIGN KEY (project_id) REFERENCES project (id) ON DELETE CASCADE,
    CONSTRAINT fk_project_partner_org FOREIGN KEY (organisation_id) REFERENCES organisation (id)
) ENGINE=InnoDB;

CREATE TABLE project_team (
    project_id BIGINT NOT NULL,
    member_id BIGINT NOT NULL,
    role VARCHAR(80) NOT NULL,
    PRIMARY KEY (project_id, member_id),
    CONSTRAINT fk_project_team_project FOREIGN KEY (project_id) REFERENCES project (id) ON DELETE CASCADE,
    CONSTRAINT fk_project_team_member FOREIGN KEY (member_id) REFERENCES member (id)
) ENGINE=InnoDB;
CREATE INDEX ix_project_team_member ON project_team (member_id);

CREATE TABLE project_link (
    project_id BIGINT NOT NULL,
    position INT NOT NULL,
    label VARCHAR(120) NOT NULL,
    url VARCHAR(500) NOT NULL,
    PRIMARY KEY (project_id, position),
    CONSTRAINT fk_project_link_project FOREIGN KEY (project_id) REFERENCES project (id) ON DELETE CASCADE
) ENGINE=InnoDB;

INSERT INTO topic (name, slug, kind) VALUES
 ('Sepsis', 'sepsis', 'CONDITION'),
 ('Frailty', 'frailty', 'CONDITION'),
 ('Dementia', 'dementia', 'CONDITION'),
 ('Diabetes', 'diabetes', 'CONDITION'),
 ('COPD', 'copd', 'CONDITION'),
 ('Stroke', 'stroke', 'CONDITION'),
 ('Mental health', 'mental-health', 'CONDITION'),
 ('Maternity', 'maternity', 'CONDITION'),
 ('End of life care', 'end-of-life-care', 'CONDITION'),
 ('Falls', 'falls', 'CONDITION'),
 ('Acute kidney injury', 'acute-kidney-injury', 'CONDITION'),
 ('Heart failure', 'heart-failure', 'CONDITION'),
 ('Cancer', 'cancer', 'CONDITION'),
 ('Children and young people', 'children-and-young-people', 'CONDITION'),
 ('Deteriorating patient', 'deteriorating-patient', 'ISSUE'),
 ('Patient safety', 'patient-safety', 'ISSUE'),
 ('Patient flow', 'patient-flow', 'ISSUE'),
 ('Workforce', 'workforce', 'ISSUE'),
 ('Health inequalities', 'health-inequalities', 'ISSUE'),
 ('Suicide prevention', 'suicide-prevention', 'ISSUE'),
 ('Learning from incidents', 'learning-from-incidents', 'ISSUE'),
 ('Medicines safety', 'medicines-safety', 'ISSUE'),
 ('Patient experience', 'patient-experience', 'ISSUE'),
 ('Infection prevention', 'infection-prevention', 'ISSUE'),
 ('Staff wellbeing', 'staff-wellbeing', 'ISSUE'),
 ('Primary care access', 'primary-care-access', 'ISSUE');

INSERT INTO qi_method (name, slug) VALUES
 ('PDSA', 'pdsa'),
 ('Measurement for improvement / SPC', 'measurement-for-improvement-spc'),
 ('Lean', 'lean'),
 ('Process mapping', 'process-mapping'),
 ('Engaging for Improvement', 'engaging-for-improvement'),
 ('Rapid process improvement workshop', 'rapid-process-improvement-workshop'),
 ('Experience-based co-design', 'experience-based-co-design'),
 ('Demand and capacity', 'demand-and-capacity'),
 ('Human factors', 'human-factors'),
 ('Model for improvement', 'model-for-improvement');
