-- Personal data by identity (issue 23, decision 104): export and erasure match rows by member id, never by a display
-- name, which anyone can change. The names stay as the text shown; the ids say whose they are.
ALTER TABLE mtg_paper ADD COLUMN uploaded_by_id BIGINT NULL;
ALTER TABLE mtg_terms ADD COLUMN created_by_id BIGINT NULL;
-- The member a notification names in its text (the sender of a message), so that erasure can put a tombstone there.
ALTER TABLE notification ADD COLUMN about_member_id BIGINT NULL;
ALTER TABLE audit_revision ADD COLUMN member_id BIGINT NULL;

CREATE INDEX ix_mtg_paper_uploaded_by_id ON mtg_paper (uploaded_by_id);
CREATE INDEX ix_mtg_terms_created_by_id ON mtg_terms (created_by_id);
CREATE INDEX ix_notification_about_member ON notification (about_member_id);
CREATE INDEX ix_audit_revision_member ON audit_revision (member_id);

-- Existing rows: only a name that exactly one member has is taken as theirs; the others stay unclaimed.
UPDATE mtg_paper p SET uploaded_by_id = (
    SELECT MIN(m.id) FROM member m WHERE m.full_name = p.uploaded_by HAVING COUNT(*) = 1);
UPDATE mtg_terms t SET created_by_id = (
    SELECT MIN(m.id) FROM member m WHERE m.full_name = t.created_by HAVING COUNT(*) = 1);
-- Sign-in names are unique, so revisions are claimed by the account that made them.
UPDATE audit_revision r SET member_id = (
    SELECT a.member_id FROM user_account a WHERE lower(a.username) = lower(r.username));
