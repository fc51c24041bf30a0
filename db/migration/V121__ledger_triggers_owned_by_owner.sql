-- Least privilege (decision 106): Flyway now migrates as the owner account and the app runs as an account without
-- TRIGGER, DROP or DDL rights. Triggers created before that belong to whoever ran the older migrations, so they are
-- made again here, the same as before (V21, V64), and now belong to the owner.
DROP TRIGGER IF EXISTS ledger_entry_no_update;
DROP TRIGGER IF EXISTS ledger_entry_no_delete;

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

CREATE TRIGGER ledger_entry_no_delete BEFORE DELETE ON ledger_entry FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'Ledger entries are append-only; post a reversing entry instead';
