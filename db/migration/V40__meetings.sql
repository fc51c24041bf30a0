-- Meeting workspaces: groups with seats and terms of reference, meetings with agendas, papers, attendance,
-- minutes, decisions, actions, PDSA reviews, and a discussion thread per group.
CREATE TABLE mtg_group (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    version BIGINT NOT NULL DEFAULT 0,
    name VARCHAR(160) NOT NULL,
    slug VARCHAR(160) NOT NULL,
    kind VARCHAR(30) NOT NULL,
    region_id BIGINT,
    visibility VARCHAR(20) NOT NULL,
    summary VARCHAR(1000),
    organising_principles TEXT,
    calendar_token VARCHAR(64) NOT NULL,
    created_at TIMESTAMP(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    CONSTRAINT uk_mtg_group_slug UNIQUE (slug),
    CONSTRAINT uk_mtg_group_name UNIQUE (name),
    CONSTRAINT fk_mtg_group_region FOREIGN KEY (region_id) REFERENCES region (id)
) ENGINE=InnoDB;

CREATE TABLE mtg_seat (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    version BIGINT NOT NULL DEFAULT 0,
    group_id BIGINT NOT NULL,
    member_id BIGINT,
    role VARCHAR(30) NOT NULL,
    convenor BOOLEAN NOT NULL DEFAULT FALSE,
    position INT NOT NULL DEFAULT 0,
    CONSTRAINT fk_mtg_seat_group FOREIGN KEY (group_id) REFERENCES mtg_group (id),
    CONSTRAINT fk_mtg_seat_member FOREIGN KEY (member_id) REFERENCES member (id)
) ENGINE=InnoDB;
CREATE INDEX ix_mtg_seat_member ON mtg_seat (member_id);

CREATE TABLE mtg_terms (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    version BIGINT NOT NULL DEFAULT 0,
    group_id BIGINT NOT NULL,
    number INT NOT NULL,
    purpose TEXT,
    scope TEXT,
    membership TEXT,
    meeting_arrangements TEXT,
    ways_of_working TEXT,
    reporting TEXT,
    resources TEXT,
    success_criteria TEXT,
    review_date DATE,
    change_note VARCHAR(500),
    created_by VARCHAR(120),
    created_at TIMESTAMP(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    CONSTRAINT uk_mtg_terms_number UNIQUE (group_id, number),
    CONSTRAINT fk_mtg_terms_group FOREIGN KEY (group_id) REFERENCES mtg_group (id)
) ENGINE=InnoDB;

CREATE TABLE mtg_meeting (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    version BIGINT NOT NULL DEFAULT 0,
    group_id BIGINT NOT NULL,
    title VARCHAR(200) NOT NULL,
    starts_at DATETIME(6) NOT NULL,
    duration_minutes INT NOT NULL DEFAULT 120,
    place VARCHAR(300),
    video_link VARCHAR(500),
    status VARCHAR(30) NOT NULL,
    ics_sequence INT NOT NULL DEFAULT 0,
    review_until DATE,
    minutes_approved_at TIMESTAMP(6) NULL,
    pdsa_plan TEXT,
    pdsa_do TEXT,
    pdsa_study TEXT,
    pdsa_act TEXT,
    created_at TIMESTAMP(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    CONSTRAINT fk_mtg_meeting_group FOREIGN KEY (group_id) REFERENCES mtg_group (id)
) ENGINE=InnoDB;
CREATE INDEX ix_mtg_meeting_group_start ON mtg_meeting (group_id, starts_at);

CREATE TABLE mtg_agenda_item (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    version BIGINT NOT NULL DEFAULT 0,
    meeting_id BIGINT NOT NULL,
    position INT NOT NULL,
    title VARCHAR(200) NOT NULL,
    presenter VARCHAR(120),
    minutes_allotted INT NOT NULL DEFAULT 10,
    declarations VARCHAR(1000),
    minutes_text TEXT,
    CONSTRAINT fk_mtg_agenda_meeting FOREIGN KEY (meeting_id) REFERENCES mtg_meeting (id)
) ENGINE=InnoDB;

CREATE TABLE mtg_paper (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    version BIGINT NOT NULL DEFAULT 0,
    agenda_item_id BIGINT NOT NULL,
    file_name VARCHAR(200) NOT NULL,
    content_type VARCHAR(120) NOT NULL,
    size_bytes BIGINT NOT NULL,
    storage_key VARCHAR(80) NOT NULL,
    uploaded_by VARCHAR(120),
    uploaded_at TIMESTAMP(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    CONSTRAINT uk_mtg_paper_key UNIQUE (storage_key),
    CONSTRAINT fk_mtg_paper_item FOREIGN KEY (agenda_item_id) REFERENCES mtg_agenda_item (id)
) ENGINE=InnoDB;

CREATE TABLE mtg_attendance (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    version BIGINT NOT NULL DEFAULT 0,
    meeting_id BIGINT NOT NULL,
    seat_id BIGINT NOT NULL,
    member_id BIGINT,
    status VARCHAR(20) NOT NULL,
    CONSTRAINT uk_mtg_attendance UNIQUE (meeting_id, seat_id),
    CONSTRAINT fk_mtg_attendance_meeting FOREIGN KEY (meeting_id) REFERENCES mtg_meeting (id),
    CONSTRAINT fk_mtg_attendance_seat FOREIGN KEY (seat_id) REFERENCES mtg_seat (id),
    CONSTRAINT fk_mtg_attendance_member FOREIGN KEY (member_id) REFERENCES member (id)
) ENGINE=InnoDB;

CREATE TABLE mtg_decision (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    version BIGINT NOT NULL DEFAULT 0,
    meeting_id BIGINT NOT NULL,
    text VARCHAR(1000) NOT NULL,
    review_date DATE,
    CONSTRAINT fk_mtg_decision_meeting FOREIGN KEY (meeting_id) REFERENCES mtg_meeting (id)
) ENGINE=InnoDB;

CREATE TABLE mtg_action (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    version BIGINT NOT NULL DEFAULT 0,
    meeting_id BIGINT NOT NULL,
    description VARCHAR(1000) NOT NULL,
    owner_id BIGINT,
    due_date DATE,
    status VARCHAR(20) NOT NULL,
    CONSTRAINT fk_mtg_action_meeting FOREIGN KEY (meeting_id) REFERENCES mtg_meeting (id),
    CONSTRAINT fk_mtg_action_owner FOREIGN KEY (owner_id) REFERENCES member (id)
) ENGINE=InnoDB;

CREATE TABLE mtg_comment (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    version BIGINT NOT NULL DEFAULT 0,
    agenda_item_id BIGINT NOT NULL,
    author_id BIGINT NOT NULL,
    text VARCHAR(2000) NOT NULL,
    created_at TIMESTAMP(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    CONSTRAINT fk_mtg_comment_item FOREIGN KEY (agenda_item_id) REFERENCES mtg_agenda_item (id),
    CONSTRAINT fk_mtg_comment_author FOREIGN KEY (author_id) REFERENCES member (id)
) ENGINE=InnoDB;

CREATE TABLE mtg_post (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    version BIGINT NOT NULL DEFAULT 0,
    group_id BIGINT NOT NULL,
    parent_id BIGINT,
    author_id BIGINT NOT NULL,
    body VARCHAR(4000) NOT NULL,
    created_at TIMESTAMP(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    CONSTRAINT fk_mtg_post_group FOREIGN KEY (group_id) REFERENCES mtg_group (id),
    CONSTRAINT fk_mtg_post_parent FOREIGN KEY (parent_id) REFERENCES mtg_post (id),
    CONSTRAINT fk_mtg_post_author FOREIGN KEY (author_id) REFERENCES member (id)
) ENGINE=InnoDB;
CREATE INDEX ix_mtg_post_group ON mtg_post (group_id, created_at);
