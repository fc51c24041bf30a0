-- Foundation: regions, STPs, organisations, members, accounts, skills and notifications.
CREATE TABLE region (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    version BIGINT NOT NULL DEFAULT 0,
    name VARCHAR(120) NOT NULL,
    slug VARCHAR(120) NOT NULL,
    CONSTRAINT uk_region_name UNIQUE (name),
    CONSTRAINT uk_region_slug UNIQUE (slug)
) ENGINE=InnoDB;

CREATE TABLE stp (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    version BIGINT NOT NULL DEFAULT 0,
    name VARCHAR(160) NOT NULL,
    region_id BIGINT NOT NULL,
    CONSTRAINT uk_stp_name UNIQUE (name),
    CONSTRAINT fk_stp_region FOREIGN KEY (region_id) REFERENCES region (id)
) ENGINE=InnoDB;

CREATE TABLE organisation (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    version BIGINT NOT NULL DEFAULT 0,
    name VARCHAR(200) NOT NULL,
    type VARCHAR(40) NOT NULL,
    stp_id BIGINT NOT NULL,
    CONSTRAINT uk_organisation_name UNIQUE (name),
    CONSTRAINT fk_organisation_stp FOREIGN KEY (stp_id) REFERENCES stp (id)
) ENGINE=InnoDB;

CREATE TABLE member (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    version BIGINT NOT NULL DEFAULT 0,
    full_name VARCHAR(120) NOT NULL,
    profession VARCHAR(80),
    job_title VARCHAR(120),
    organisation_id BIGINT,
    stp_id BIGINT,
    joined_q DATE,
    founding_cohort BOOLEAN NOT NULL DEFAULT FALSE,
    patient_or_carer BOOLEAN NOT NULL DEFAULT FALSE,
    q_connector BOOLEAN NOT NULL DEFAULT FALSE,
    bio VARCHAR(2000),
    email VARCHAR(254) NOT NULL,
    directory_consent BOOLEAN NOT NULL DEFAULT FALSE,
    status VARCHAR(20) NOT NULL,
    availability_days_per_quarter INT NOT NULL DEFAULT 0,
    works_remotely BOOLEAN NOT NULL DEFAULT TRUE,
    can_travel BOOLEAN NOT NULL DEFAULT FALSE,
    created_at TIMESTAMP(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    CONSTRAINT uk_member_email UNIQUE (email),
    CONSTRAINT fk_member_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id),
    CONSTRAINT fk_member_stp FOREIGN KEY (stp_id) REFERENCES stp (id)
) ENGINE=InnoDB;
CREATE INDEX ix_member_status_consent ON member (status, directory_consent, full_name);
CREATE INDEX ix_member_profession ON member (profession);

CREATE TABLE user_account (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    version BIGINT NOT NULL DEFAULT 0,
    username VARCHAR(254) NOT NULL,
    password_hash VARCHAR(200) NOT NULL,
    enabled BOOLEAN NOT NULL DEFAULT FALSE,
    member_id BIGINT NOT NULL,
    coordinator_for_id BIGINT,
    CONSTRAINT uk_user_account_username UNIQUE (username),
    CONSTRAINT uk_user_account_member UNIQUE (member_id),
    CONSTRAINT fk_user_account_member FOREIGN KEY (member_id) REFERENCES member (id),
    CONSTRAINT fk_user_account_org FOREIGN KEY (coordinator_for_id) REFERENCES organisation (id)
) ENGINE=InnoDB;

CREATE TABLE user_role (
    user_account_id BIGINT NOT NULL,
    role VARCHAR(30) NOT NULL,
    PRIMARY KEY (user_account_id, role),
    CONSTRAINT fk_user_role_account FOREIGN KEY (user_account_id) REFERENCES user_account (id) ON DELETE CASCADE
) ENGINE=InnoDB;

CREATE TABLE skill (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    version BIGINT NOT NULL DEFAULT 0,
    name VARCHAR(120) NOT NULL,
    skill_group VARCHAR(20) NOT NULL,
    active BOOLEAN NOT NULL DEFAULT TRUE,
    CONSTRAINT uk_skill_name UNIQUE (name)
) ENGINE=InnoDB;

CREATE TABLE member_skill (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    version BIGINT NOT NULL DEFAULT 0,
    member_id BIGINT NOT NULL,
    skill_id BIGINT NOT NULL,
    level VARCHAR(20) NOT NULL,
    evidence VARCHAR(1000),
    offered BOOLEAN NOT NULL DEFAULT FALSE,
    CONSTRAINT uk_member_skill UNIQUE (member_id, skill_id),
    CONSTRAINT fk_member_skill_member FOREIGN KEY (member_id) REFERENCES member (id),
    CONSTRAINT fk_member_skill_skill FOREIGN KEY (skill_id) REFERENCES skill (id)
) ENGINE=InnoDB;
CREATE INDEX ix_member_skill_skill ON member_skill (skill_id, level, offered);

CREATE TABLE notification (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    version BIGINT NOT NULL DEFAULT 0,
    recipient_id BIGINT NOT NULL,
    title VARCHAR(200) NOT NULL,
    body VARCHAR(2000),
    link VARCHAR(400),
    created_at TIMESTAMP(6) NOT NULL,
    read_at TIMESTAMP(6) NULL,
    CONSTRAINT fk_notification_member FOREIGN KEY (recipient_id) REFERENCES member (id)
) ENGINE=InnoDB;
CREATE INDEX ix_notification_recipient ON notification (recipient_id, read_at, created_at);

INSERT INTO skill (name, skill_group) VALUES
 ('PDSA cycles', 'QI_METHODS'),
 ('SPC and measurement for improvement', 'QI_METHODS'),
 ('Lean', 'QI_METHODS'),
 ('Process mapping', 'QI_METHODS'),
 ('Demand and capacity', 'QI_METHODS'),
 ('Human factors', 'QI_METHODS'),
 ('Experience-based co-design', 'QI_METHODS'),
 ('Root cause analysis', 'QI_METHODS'),
 ('Coaching', 'PEOPLE'),
 ('Facilitation', 'PEOPLE'),
 ('Co-production', 'PEOPLE'),
 ('Patient and public involvement', 'PEOPLE'),
 ('Teaching QI', 'PEOPLE'),
 ('Data analysis', 'DATA'),
 ('Statistics', 'DATA'),
 ('Data visualisation', 'DATA'),
 ('Project management', 'PROGRAMME'),
 ('Evaluation', 'PROGRAMME'),
 ('Business cases', 'PROGRAMME'),
 ('Spread and scale', 'PROGRAMME');
