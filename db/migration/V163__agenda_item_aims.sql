-- The linked PDSA cycle's plan (issue 20): each agenda item's aim, kept in the audit trail with the item.
ALTER TABLE mtg_agenda_item ADD COLUMN aim VARCHAR(500);
ALTER TABLE mtg_agenda_item_aud ADD COLUMN aim VARCHAR(500);
