package org.qcommons.notifications;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.qcommons.base.config.QcommonsProperties;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * The dev mailbox: every email also written as an {@code .eml} file under {@code <data-dir>/mail/}, which any mail
 * client opens. On by default when no mail server is configured (the run command), so the mail can be read
 * without putting its text in the log.
 */
@Component
class DevMailbox {

    private final boolean enabled;
    private final Path folder;

    DevMailbox(OutboxProperties outbox, QcommonsProperties settings, ObjectProvider<JavaMailSender> mailSender) {
        this.enabled = outbox.devMailbox() != null ? outbox.devMailbox() : mailSender.getIfAvailable() == null;
        this.folder = Path.of(settings.dataDir(), "mail");
    }

    boolean enabled() {
        return enabled;
    }

    Path fileFor(Long mailId) {
        return folder.resolve("mail-" + mailId + ".eml");
    }

    /** Writes the file once per mail: a retried mail overwrites its own file rather than adding another. */
    void write(Long mailId, MimeMessage message) throws IOException, MessagingException {
        Files.createDirectories(folder);
        Path target = fileFor(mailId);
        Path partial = folder.resolve(target.getFileName() + ".part");
        try (OutputStream out = Files.newOutputStream(partial)) {
            message.writeTo(out);
        }
        Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
