package org.qcommons.governance;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of elections (decision 093).
 *
 * @param ballotKey  the secret behind each voter's ballot token, kept out of the database so that the database
 *                   alone cannot link a ballot to a voter; when blank, a key is made once and kept in
 *                   {@code <data-dir>/ballot.key}
 * @param seatsCron  when elected members take their seats at the start of their term and leave at its end
 */
@ConfigurationProperties("qcommons.governance")
public record GovernanceProperties(
        String ballotKey, @DefaultValue("0 15 0 * * *") String seatsCron) {}
