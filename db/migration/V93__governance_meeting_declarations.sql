-- Declarations of interest made at a meeting (decision 094): who declared what against which agenda item, and
-- what they did about it; shown with the minutes. Appended, never edited.
CREATE TABLE gov_declaration (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    meeting_id BIGINT NOT NULL,
    agenda_item_id BIGINT NOT NULL,
    member_id BIGINT NOT NULL,
    interest VARCHAR(1000) NOT NULL,
    action_taken VARCHAR(500),
    recorded_by VARCHAR(160) NOT NULL,
    declared_at TIMESTAMP(6) NOT NULL,
    CONSTRAINT fk_gov_declaration_meeting FOREIGN KEY (meeting_id) REFERENCES mtg_meeting (id),
    CONSTRAINT fk_gov_declaration_item FOREIGN KEY (agenda_item_id) REFERENCES mtg_agenda_item (id),
    CONSTRAINT fk_gov_declaration_member FOREIGN KEY (member_id) REFERENCES member (id)
) ENGINE=InnoDB;
CREATE INDEX ix_gov_declaration_meeting ON gov_declaration (meeting_id);
