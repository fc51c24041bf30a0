package org.qcommons.testsupport;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.util.Arrays;
import java.util.List;

/**
 * One GreenMail SMTP server per test JVM, on a free port, shared by every test through the single Spring context.
 * Tests never purge it (other tests' mail may be in flight): they look for messages by recipient and subject.
 */
public final class TestMail {

    private static GreenMail server;
    private static int port;

    private TestMail() {}

    public static synchronized GreenMail server() {
        if (server == null) {
            server = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort());
            server.start();
            port = server.getSmtp().getPort();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> stop()));
        }
        return server;
    }

    public static int port() {
        server();
        return port;
    }

    /** Takes the mail server away, as an outage would. Mail received so far is lost with it. */
    public static synchronized void stop() {
        if (server != null && server.isRunning()) {
            server.stop();
        }
    }

    /** Brings the mail server back on the port the application was given, empty. */
    public static synchronized void restart() {
        stop();
        server = new GreenMail(new ServerSetup(port(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        server.start();
    }

    /** Messages received so far for this address. */
    public static List<MimeMessage> to(String address) {
        return Arrays.stream(server().getReceivedMessages())
                .filter(m -> {
                    try {
                        return Arrays.stream(m.getAllRecipients())
                                .anyMatch(a -> a.toString().equalsIgnoreCase(address));
                    } catch (MessagingException e) {
                        return false;
                    }
                })
                .toList();
    }

    public static List<String> subjectsTo(String address) {
        return to(address).stream()
                .map(m -> {
                    try {
                        return m.getSubject();
                    } catch (MessagingException e) {
                        return "";
                    }
                })
                .toList();
    }
}
