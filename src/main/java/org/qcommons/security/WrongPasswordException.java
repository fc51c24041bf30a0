package org.qcommons.security;

import org.qcommons.base.BusinessException;

/** The current password given to confirm a change is not the account's; the message belongs on that field. */
public class WrongPasswordException extends BusinessException {
    public WrongPasswordException() {
        super("That is not your current password");
    }
}
