-- The project register has landed: measures now belong to projects, and each project carries the latest SPC
-- signal of its measures (IMPROVEMENT, CONCERN or NONE) so the register can filter on it.
UPDATE measure SET project_id = NULL WHERE project_id IS NOT NULL AND project_id NOT IN (SELECT id FROM project);
ALTER TABLE measure ADD CONSTRAINT fk_measure_project FOREIGN KEY (project_id) REFERENCES project (id) ON DELETE SET NULL;
ALTER TABLE project ADD COLUMN spc_signal VARCHAR(20) NOT NULL DEFAULT 'NONE';
CREATE INDEX ix_project_spc_signal ON project (spc_signal);
