-- A change of email address waits for the link sent to the new address (issue 17, decision 112): the token keeps
-- the address it will change to.
ALTER TABLE account_token ADD COLUMN new_email VARCHAR(254) NULL;
