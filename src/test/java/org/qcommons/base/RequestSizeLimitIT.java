package org.qcommons.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.qcommons.testsupport.IntegrationTestBase;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A 300 MB request body never reaches the heap (decision 105): a declared length over the limit is refused before
 * it is read, and a chunked body of unknown length is cut off once it passes the limit, even where the application
 * reads the whole body (Vaadin's UIDL endpoint reads it into a string).
 */
class RequestSizeLimitIT extends IntegrationTestBase {

    private static final long BODY = 300L * 1024 * 1024;

    @LocalServerPort
    int port;

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    @Test
    void aDeclared300MbBodyIsRefusedWith413BeforeItIsRead() throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/?v-r=uidl&v-uiId=0"))
                .timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.fromPublisher(
                        HttpRequest.BodyPublishers.ofInputStream(Zeros::new), BODY))
                .build();
        long peak = peakHeapDuring(() -> {
            try {
                assertThat(http.send(request, HttpResponse.BodyHandlers.discarding())
                                .statusCode())
                        .isEqualTo(413);
            } catch (IOException e) {
                // The server may close the connection while the client still sends: refused all the same.
            }
        });
        assertThat(peak).as("heap growth in bytes").isLessThan(100L * 1024 * 1024);
    }

    @Test
    void aChunked300MbBodyIsCutOffWhileItStreams() throws Exception {
        // A real UI in a real session, so that Vaadin reads the body of the request to it.
        HttpClient browser = HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .connectTimeout(Duration.ofSeconds(10))
                .build();
        String init = browser.send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/?v-r=init&location="))
                                .build(),
                        HttpResponse.BodyHandlers.ofString())
                .body();
        Matcher ui = Pattern.compile("\"v-uiId\"\\s*:\\s*(\\d+)").matcher(init);
        assertThat(ui.find())
                .as("a UI was created: " + init.substring(0, Math.min(200, init.length())))
                .isTrue();
        Zeros body = new Zeros();
        HttpRequest request = HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/?v-r=uidl&v-uiId=" + ui.group(1)))
                .timeout(Duration.ofSeconds(120))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> body))
                .build();
        long peak = peakHeapDuring(() -> {
            try {
                assertThat(browser.send(request, HttpResponse.BodyHandlers.discarding())
                                .statusCode())
                        .isGreaterThanOrEqualTo(400);
            } catch (IOException e) {
                // Cut off mid-body: the connection is closed under the client.
            }
        });
        assertThat(peak).as("heap growth in bytes").isLessThan(100L * 1024 * 1024);
        assertThat(body.sent)
                .as("the server stopped reading long before the end")
                .isLessThan(BODY);
    }

    /**
     * The old generation's highest use while the work ran, above its use before. The young generation fills and
     * empties all the time; a body held whole would be arrays far larger than it, which go straight to the old one.
     */
    private static long peakHeapDuring(Work work) throws Exception {
        System.gc();
        long before = 0;
        for (MemoryPoolMXBean pool : oldGeneration()) {
            pool.resetPeakUsage();
            before += pool.getUsage().getUsed();
        }
        work.run();
        long peak = 0;
        for (MemoryPoolMXBean pool : oldGeneration()) {
            peak += pool.getPeakUsage().getUsed();
        }
        return peak - before;
    }

    private interface Work {
        void run() throws Exception;
    }

    private static List<MemoryPoolMXBean> oldGeneration() {
        List<MemoryPoolMXBean> old = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP)
                .filter(p -> p.getName().contains("Old") || p.getName().contains("Tenured"))
                .toList();
        assertThat(old).as("the JVM's old generation pool").isNotEmpty();
        return old;
    }

    /** 300 MB of JSON-ish bytes, generated as they are sent, so the test itself holds none of them. */
    private static final class Zeros extends InputStream {
        volatile long sent;

        @Override
        public int read() {
            if (sent >= BODY) {
                return -1;
            }
            sent++;
            return 'a';
        }

        @Override
        public int read(byte[] b, int off, int len) {
            if (sent >= BODY) {
                return -1;
            }
            int n = (int) Math.min(len, BODY - sent);
            Arrays.fill(b, off, off + n, (byte) 'a');
            sent += n;
            return n;
        }
    }
}
