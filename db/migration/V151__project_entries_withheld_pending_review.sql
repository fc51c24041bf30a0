-- A project entry can be hidden pending review of a concern about it (decision 114): it leaves the register,
-- search and open data, its lead and ADMINs still see it with the reason, and it can be shown again.
ALTER TABLE project
    ADD COLUMN withheld BOOLEAN NOT NULL DEFAULT FALSE,
    ADD COLUMN withheld_reason TEXT NULL,
    ADD COLUMN withheld_at TIMESTAMP(6) NULL;

-- Envers records the change like any other edit, so the project's history shows who hid it and when.
ALTER TABLE project_aud
    ADD COLUMN withheld BOOLEAN NULL,
    ADD COLUMN withheld_reason TEXT NULL,
    ADD COLUMN withheld_at TIMESTAMP(6) NULL;
