package org.qcommons.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.HexFormat;
import org.qcommons.base.config.QcommonsProperties;
import org.springframework.security.crypto.encrypt.Encryptors;
import org.springframework.security.crypto.encrypt.TextEncryptor;
import org.springframework.stereotype.Component;

/**
 * Encrypts the TOTP secrets at rest with AES-256-GCM (Spring Security's {@code Encryptors.delux}) under a key that is
 * not in the database, so a leaked backup alone yields no second factor. The secret has to be recoverable to check
 * a code, so a hash would not do.
 */
@Component
class SecondFactorSecrets {

    // The key is random, so a fixed salt loses nothing; it only feeds the key derivation.
    private static final String SALT = "51436f6d6d6f6e73";

    private final TextEncryptor encryptor;

    SecondFactorSecrets(SecondFactorProperties settings, QcommonsProperties app) {
        String key = settings.key() == null || settings.key().isBlank()
                ? keptKey(Path.of(app.dataDir(), "second-factor.key"))
                : settings.key();
        this.encryptor = Encryptors.delux(key, SALT);
    }

    String encrypt(String secret) {
        return encryptor.encrypt(secret);
    }

    String decrypt(String stored) {
        return encryptor.decrypt(stored);
    }

    private static synchronized String keptKey(Path file) {
        try {
            if (Files.exists(file)) {
                return Files.readString(file).trim();
            }
            byte[] fresh = new byte[32];
            new SecureRandom().nextBytes(fresh);
            String key = HexFormat.of().formatHex(fresh);
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.writeString(file, key);
            return key;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot keep the second-factor key in " + file, e);
        }
    }
}
