package org.qcommons.security;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * ASVS 5.0 level 2 and NIST SP 800-63B: at least 12 characters, up to 128 accepted whole, no composition rules, and
 * none of the most common passwords (a list shipped in the jar; no network at run time). Length counts characters
 * (code points), so a passphrase in any script is measured as the person sees it.
 */
@Component
public class PasswordPolicy {

    public static final int MIN = 12;
    public static final int MAX = 128;
    static final String LIST = "/security/common-passwords.txt";

    private final Set<String> common;

    PasswordPolicy() {
        this.common = load();
    }

    /** The message for the field, or empty when the password is acceptable. */
    public Optional<String> problem(String password) {
        if (password == null || password.isBlank()) {
            return Optional.of("Choose a password");
        }
        int length = password.codePointCount(0, password.length());
        if (length < MIN) {
            return Optional.of("Use at least " + MIN + " characters");
        }
        if (length > MAX) {
            return Optional.of("Use " + MAX + " characters or fewer");
        }
        if (common.contains(password.toLowerCase(Locale.ROOT))) {
            return Optional.of("This password is one of the most common ones, so it is easy to guess. Choose another.");
        }
        return Optional.empty();
    }

    void check(String password) {
        problem(password).ifPresent(message -> {
            throw new WeakPasswordException(message);
        });
    }

    int listSize() {
        return common.size();
    }

    private static Set<String> load() {
        Set<String> words = new HashSet<>(200_000);
        try (InputStream in = PasswordPolicy.class.getResourceAsStream(LIST)) {
            if (in == null) {
                throw new IllegalStateException("The common-password list " + LIST + " is missing from the build");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = reader.readLine()) != null) {
                if (!line.isEmpty()) {
                    words.add(line.toLowerCase(Locale.ROOT));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Set.copyOf(words);
    }
}
