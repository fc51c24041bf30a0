package org.qcommons.security;

import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import java.util.Set;
import org.qcommons.base.security.Role;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Two-factor sign-in (decision 111).
 *
 * @param requiredFor     roles whose accounts must use a second factor: they are sent to set one up before anything
 *                        else
 * @param pendingValidity how long the code step waits after a correct password before the password must be given
 *                        again
 * @param key             the key that encrypts the stored secrets, kept out of the database; when blank, a key is made
 *                        once and kept in {@code <data-dir>/second-factor.key} (every node of a cluster needs the
 *                        same key, so set it there)
 */
@Validated
@ConfigurationProperties("qcommons.accounts.second-factor")
public record SecondFactorProperties(
        @NotNull @DefaultValue("ADMIN") Set<Role> requiredFor,
        @NotNull @DefaultValue("5m") Duration pendingValidity,
        String key) {}
