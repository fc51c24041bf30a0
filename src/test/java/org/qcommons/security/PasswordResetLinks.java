package org.qcommons.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.qcommons.testsupport.TestMail;

/** Reads reset emails from GreenMail for the tests. */
public final class PasswordResetLinks {

    static final Pattern LINK = Pattern.compile("/reset-password\\?token=([A-Za-z0-9_-]+)");
    static final String RESET_SUBJECT = "Q Commons: Resetting your password";

    private PasswordResetLinks() {}

    /** The text of the newest reset mail to this address, once it has arrived. */
    public static String resetMail(String to) {
        await().atMost(Duration.ofSeconds(20))
                .until(() -> !withSubject(to, RESET_SUBJECT).isEmpty());
        try {
            return withSubject(to, RESET_SUBJECT).getLast().getContent().toString();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    public static String tokenFrom(String text) {
        Matcher m = LINK.matcher(text);
        assertThat(m.find()).as("a reset link in: %s", text).isTrue();
        return m.group(1);
    }

    static List<MimeMessage> withSubject(String to, String subject) {
        return TestMail.to(to).stream()
                .filter(m -> {
                    try {
                        return subject.equals(m.getSubject());
                    } catch (Exception e) {
                        return false;
                    }
                })
                .toList();
    }
}
