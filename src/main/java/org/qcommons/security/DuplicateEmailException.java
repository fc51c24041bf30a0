package org.qcommons.security;

import org.qcommons.base.BusinessException;

public class DuplicateEmailException extends BusinessException {
    public DuplicateEmailException() {
        super(
                "An account with this email address already exists. Sign in, or ask an administrator to help you recover it.");
    }
}
