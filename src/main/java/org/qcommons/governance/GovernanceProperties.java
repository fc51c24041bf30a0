package org.qcommons.governance;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of elections. Ballots need no server-side secret: a voter's receipt is the only thing that leads to
 * their ballot (decision 132).
 *
 * @param seatsCron  when elected members take their seats at the start of their term and leave at its end
 */
@ConfigurationProperties("qcommons.governance")
public record GovernanceProperties(
        @DefaultValue("0 15 0 * * *") String seatsCron) {}
