package org.qcommons.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** Code checks against RFC 6238's test vectors, with a fixed clock deciding which code is current. */
class TotpCodesTest {

    /** RFC 6238 appendix B's SHA-1 seed, "12345678901234567890", in Base32. */
    static final String RFC_SECRET = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ";

    static TotpCodes at(long epochSecond) {
        return new TotpCodes(Clock.fixed(Instant.ofEpochSecond(epochSecond), ZoneOffset.UTC));
    }

    @Test
    void codesAreTheRfcVectorsCutToSixDigits() {
        // The RFC's 8-digit values are 94287082, 07081804, 89005924 and 69279037.
        assertThat(at(59).currentCode(RFC_SECRET)).isEqualTo("287082");
        assertThat(at(1111111109).currentCode(RFC_SECRET)).isEqualTo("081804");
        assertThat(at(1234567890).currentCode(RFC_SECRET)).isEqualTo("005924");
        assertThat(at(2000000000).currentCode(RFC_SECRET)).isEqualTo("279037");
    }

    @Test
    void aCodeFromOneStepEitherSideIsAcceptedButNotTwo() {
        TotpCodes codes = at(1234567890);
        long now = codes.currentStep();
        assertThat(now).isEqualTo(1234567890 / 30);
        assertThat(codes.matchingStep(RFC_SECRET, "005924", -1)).hasValue(now);
        assertThat(codes.matchingStep(RFC_SECRET, codes.codeAt(RFC_SECRET, now - 1), -1))
                .hasValue(now - 1);
        assertThat(codes.matchingStep(RFC_SECRET, codes.codeAt(RFC_SECRET, now + 1), -1))
                .hasValue(now + 1);
        assertThat(codes.matchingStep(RFC_SECRET, codes.codeAt(RFC_SECRET, now - 2), -1))
                .isEmpty();
        assertThat(codes.matchingStep(RFC_SECRET, codes.codeAt(RFC_SECRET, now + 2), -1))
                .isEmpty();
    }

    @Test
    void aCodeIsNotAcceptedAgainNorOneOlderThanTheLastAccepted() {
        TotpCodes codes = at(1234567890);
        long now = codes.currentStep();
        assertThat(codes.matchingStep(RFC_SECRET, "005924", now)).isEmpty();
        assertThat(codes.matchingStep(RFC_SECRET, codes.codeAt(RFC_SECRET, now - 1), now - 1))
                .isEmpty();
        // The next step's code is still good after the current one was used.
        assertThat(codes.matchingStep(RFC_SECRET, codes.codeAt(RFC_SECRET, now + 1), now))
                .hasValue(now + 1);
    }

    @Test
    void spacesAreIgnoredAndAnythingButSixDigitsIsRefused() {
        TotpCodes codes = at(1234567890);
        assertThat(codes.matchingStep(RFC_SECRET, "005 924", -1)).isPresent();
        assertThat(codes.matchingStep(RFC_SECRET, "05924", -1)).isEmpty();
        assertThat(codes.matchingStep(RFC_SECRET, "0059240", -1)).isEmpty();
        assertThat(codes.matchingStep(RFC_SECRET, "abcdef", -1)).isEmpty();
        assertThat(codes.matchingStep(RFC_SECRET, null, -1)).isEmpty();
    }

    @Test
    void theQrCodeIsAPngOfTheOtpauthAddress() {
        String uri = TotpCodes.uri(RFC_SECRET, "admin@example.nhs.uk", "Q Commons");
        assertThat(uri)
                .startsWith("otpauth://totp/")
                .contains("secret=" + RFC_SECRET)
                .contains("issuer=Q")
                .contains("digits=6")
                .contains("period=30");
        byte[] png = TotpCodes.qrPng(uri);
        assertThat(png).startsWith(0x89, 'P', 'N', 'G');
    }

    @Test
    void newSecretsAre160BitsOfBase32AndRecoveryCodesAreDistinct() {
        TotpCodes codes = at(0);
        assertThat(codes.newSecret()).matches("[A-Z2-7]{32}");
        assertThat(codes.newRecoveryCodes(10)).hasSize(10).doesNotHaveDuplicates();
    }
}
