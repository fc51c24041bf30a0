-- The linked PDSA cycle (issue 20) draws plan, do, study and act from the meeting's records; what people write is
-- only the reflection on the cycle.
ALTER TABLE mtg_meeting ADD COLUMN pdsa_reflection TEXT;
