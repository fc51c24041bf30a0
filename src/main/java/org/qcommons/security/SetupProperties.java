package org.qcommons.security;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The first run and invitations.
 *
 * @param adminEmail   when set (QCOMMONS_ADMIN_EMAIL) and no administrator exists, the setup link is also emailed
 *                     to this address
 * @param setupValid   how long the first-run setup link works
 * @param inviteValid  how long an invitation link works
 */
@ConfigurationProperties("qcommons.setup")
public record SetupProperties(
        String adminEmail,
        @DefaultValue("24h") Duration setupValid,
        @DefaultValue("14d") Duration inviteValid) {}
