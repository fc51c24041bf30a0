-- GDPR erasure (decision 061): the ledger stays append-only, with one exception. An entry's created_by (the
-- username of whoever confirmed the days) may be replaced by 'former member' when that member is erased; every
-- other column must stay exactly as it was.
DROP TRIGGER IF EXISTS ledger_entry_no_update;

DELIMITER $$
CREATE TRIGGER ledger_entry_no_update BEFORE UPDATE ON ledger_entry FOR EACH ROW
BEGIN
    IF NOT (NEW.created_by = 'former member'
            AND NEW.id <=> OLD.id AND NEW.version <=> OLD.version AND NEW.exchange_id <=> OLD.exchange_id
            AND NEW.organisation_id <=> OLD.organisation_id AND NEW.counterparty_id <=> OLD.counterparty_id
            AND NEW.days <=> OLD.days AND NEW.posting <=> OLD.posting AND NEW.entry_date <=> OLD.entry_date
            AND NEW.note <=> OLD.note AND NEW.created_at <=> OLD.created_at) THEN
        SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'Ledger entries are append-only; post a reversing entry instead';
    END IF;
END$$
DELIMITER ;
