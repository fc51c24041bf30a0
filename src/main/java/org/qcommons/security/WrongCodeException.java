package org.qcommons.security;

import org.qcommons.base.BusinessException;

/** A second-factor code that is wrong, used already or too old; the message belongs on the code field. */
public class WrongCodeException extends BusinessException {
    private final boolean aboutCurrentFactor;

    public WrongCodeException(String message) {
        this(message, false);
    }

    /** When moving to a new app: true if the code from the factor in use now was wrong, not the new one. */
    public WrongCodeException(String message, boolean aboutCurrentFactor) {
        super(message);
        this.aboutCurrentFactor = aboutCurrentFactor;
    }

    public boolean aboutCurrentFactor() {
        return aboutCurrentFactor;
    }
}
