-- A data point may be ghosted, as in NHS England's Making Data Count: it stays on the chart but is left out of the
-- mean, the moving ranges, the limits and the special-cause rules (decision 127). The reason says why, so that a
-- reader of the chart can judge the exclusion.
ALTER TABLE measure_data_point
    ADD COLUMN ghosted BOOLEAN NOT NULL DEFAULT FALSE,
    ADD COLUMN ghost_reason VARCHAR(200) NULL;
