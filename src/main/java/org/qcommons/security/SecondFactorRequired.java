package org.qcommons.security;

import org.springframework.security.authentication.AccountStatusException;

/**
 * The password was right and the account uses a second factor: sign-in goes on at the code step instead of
 * completing. An AccountStatusException so that no other provider is tried after it.
 */
class SecondFactorRequired extends AccountStatusException {

    private final Long accountId;
    private final String username;

    SecondFactorRequired(Long accountId, String username) {
        super("A second factor is required");
        this.accountId = accountId;
        this.username = username;
    }

    Long accountId() {
        return accountId;
    }

    String username() {
        return username;
    }
}
