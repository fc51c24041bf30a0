-- Matching starts from the needed skills: this covers the offered-skill lookup without reading member_skill rows.
CREATE INDEX ix_member_skill_offered ON member_skill (skill_id, offered, member_id, level);
