package org.qcommons.security;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * What the account module keeps under a sign-in address rather than a member: the security log's rows and the
 * system mails (resets, answers to a registration), which name the address but no member. Erasure and the removal
 * of an unconfirmed registration forget both the same way.
 */
@Component
class AddressTraces {

    private final JdbcTemplate jdbc;

    AddressTraces(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The log keeps its rows without the address or where they came from; the system mails to it go. */
    void forget(String username) {
        String address = username.toLowerCase();
        jdbc.update("update security_event set username = null, remote_address = null where username = ?", address);
        jdbc.update("delete from sent_mail where notification_id is null and lower(recipient) = ?", address);
    }
}
