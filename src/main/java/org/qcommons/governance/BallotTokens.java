package org.qcommons.governance;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.qcommons.base.config.QcommonsProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * A voter's ballot token: HMAC-SHA256 of the election and the member under a key that is not in the database.
 * It lets the same voter's next ballot replace the last one without the ballot naming the voter; it is erased
 * when voting closes (decision 093).
 */
@Component
@EnableConfigurationProperties(GovernanceProperties.class)
class BallotTokens {

    private final SecretKeySpec key;

    BallotTokens(GovernanceProperties settings, QcommonsProperties app) {
        String configured = settings.ballotKey();
        byte[] secret = configured == null || configured.isBlank()
                ? keptKey(Path.of(app.dataDir(), "ballot.key"))
                : configured.getBytes(StandardCharsets.UTF_8);
        this.key = new SecretKeySpec(secret, "HmacSHA256");
    }

    String token(Long electionId, Long memberId) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return HexFormat.of()
                    .formatHex(mac.doFinal(
                            ("election:" + electionId + ":member:" + memberId).getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static synchronized byte[] keptKey(Path file) {
        try {
            if (Files.exists(file)) {
                return HexFormat.of().parseHex(Files.readString(file).trim());
            }
            byte[] fresh = new byte[32];
            new SecureRandom().nextBytes(fresh);
            Files.createDirectories(file.getParent());
            Files.writeString(file, HexFormat.of().formatHex(fresh));
            return fresh;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot keep the ballot key in " + file, e);
        }
    }
}
