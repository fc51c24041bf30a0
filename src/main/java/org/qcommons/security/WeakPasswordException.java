package org.qcommons.security;

import org.qcommons.base.BusinessException;

/** A password the policy refuses; the message belongs on the password field. */
public class WeakPasswordException extends BusinessException {
    public WeakPasswordException(String message) {
        super(message);
    }
}
