package org.qcommons.security;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import dev.samstevens.totp.code.CodeGenerator;
import dev.samstevens.totp.code.DefaultCodeGenerator;
import dev.samstevens.totp.code.HashingAlgorithm;
import dev.samstevens.totp.exceptions.CodeGenerationException;
import dev.samstevens.totp.qr.QrData;
import dev.samstevens.totp.recovery.RecoveryCodeGenerator;
import dev.samstevens.totp.secret.DefaultSecretGenerator;
import dev.samstevens.totp.secret.SecretGenerator;
import dev.samstevens.totp.time.TimeProvider;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import javax.imageio.ImageIO;
import org.springframework.stereotype.Component;

/**
 * RFC 6238 codes through dev.samstevens.totp, and the enrolment QR code drawn by zxing (decision 111). SHA-1, six
 * digits and 30 seconds: the only parameters every authenticator app honours. Time is the application's clock, so a
 * test's fixed clock decides which code is current.
 */
@Component
public class TotpCodes {

    static final int PERIOD_SECONDS = 30;
    static final int DIGITS = 6;
    /** One step either side: a phone whose clock is up to 30 seconds out still works. */
    static final int ALLOWED_DRIFT = 1;

    private final CodeGenerator generator = new DefaultCodeGenerator(HashingAlgorithm.SHA1, DIGITS);
    private final SecretGenerator secrets = new DefaultSecretGenerator(32);
    private final RecoveryCodeGenerator recovery = new RecoveryCodeGenerator();
    private final TimeProvider time;

    public TotpCodes(Clock clock) {
        this.time = () -> clock.instant().getEpochSecond();
    }

    /** A new Base32 secret of 160 bits, as RFC 4226 recommends. */
    String newSecret() {
        return secrets.generate();
    }

    List<String> newRecoveryCodes(int count) {
        return List.of(recovery.generateCodes(count));
    }

    /** The step of the current time, as the codes count it. */
    public long currentStep() {
        return Math.floorDiv(time.getTime(), PERIOD_SECONDS);
    }

    /**
     * The step whose code this is, within the allowed drift and after {@code afterStep}, or empty: a code accepted once
     * (or one older than it) is refused, so a code seen over someone's shoulder cannot be used again.
     */
    OptionalLong matchingStep(String secret, String code, long afterStep) {
        String digits = code == null ? "" : code.replaceAll("\\s", "");
        if (!digits.matches("\\d{" + DIGITS + "}")) {
            return OptionalLong.empty();
        }
        long now = currentStep();
        for (long step = now - ALLOWED_DRIFT; step <= now + ALLOWED_DRIFT; step++) {
            if (step > afterStep && same(codeAt(secret, step), digits)) {
                return OptionalLong.of(step);
            }
        }
        return OptionalLong.empty();
    }

    /** The code for a step; tests use it to type what an authenticator app would show. */
    public String codeAt(String secret, long step) {
        try {
            return generator.generate(secret, step);
        } catch (CodeGenerationException e) {
            throw new IllegalStateException("Cannot compute a code from this secret", e);
        }
    }

    /** The code an authenticator app shows now. */
    public String currentCode(String secret) {
        return codeAt(secret, currentStep());
    }

    /** The otpauth:// address the authenticator apps read from the QR code. */
    static String uri(String secret, String accountName, String issuer) {
        return new QrData.Builder()
                .label(accountName)
                .secret(secret)
                .issuer(issuer)
                .algorithm(HashingAlgorithm.SHA1)
                .digits(DIGITS)
                .period(PERIOD_SECONDS)
                .build()
                .getUri();
    }

    /** The QR code as a PNG, drawn on the server so that the secret never goes to a third party. */
    static byte[] qrPng(String content) {
        try {
            BitMatrix matrix = new QRCodeWriter()
                    .encode(
                            content,
                            BarcodeFormat.QR_CODE,
                            240,
                            240,
                            Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 2));
            BufferedImage image =
                    new BufferedImage(matrix.getWidth(), matrix.getHeight(), BufferedImage.TYPE_BYTE_BINARY);
            for (int x = 0; x < matrix.getWidth(); x++) {
                for (int y = 0; y < matrix.getHeight(); y++) {
                    image.setRGB(x, y, matrix.get(x, y) ? 0xFF000000 : 0xFFFFFFFF);
                }
            }
            ByteArrayOutputStream png = new ByteArrayOutputStream();
            ImageIO.write(image, "png", png);
            return png.toByteArray();
        } catch (WriterException e) {
            throw new IllegalStateException("Cannot draw the QR code", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean same(String a, String b) {
        return MessageDigest.isEqual(a.getBytes(StandardCharsets.US_ASCII), b.getBytes(StandardCharsets.US_ASCII));
    }
}
