package org.qcommons.security;

import org.qcommons.base.BusinessException;

/** A reset link that is unknown, used or expired; one message, so the page reveals nothing about which. */
public class InvalidLinkException extends BusinessException {
    public InvalidLinkException() {
        super("This link has expired or has already been used. Ask for a new one.");
    }
}
