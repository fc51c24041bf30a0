package org.qcommons.cluster;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Debian's wrk reading one address for a while; its summary counts the requests that failed. */
final class Wrk {

    record Result(long requests, long non2xx, long socketErrors, double perSecond) {
        long failed() {
            return non2xx + socketErrors;
        }

        @Override
        public String toString() {
            return "%d requests (%.0f/s), %d failed (%d non-2xx, %d socket errors)"
                    .formatted(requests, perSecond, failed(), non2xx, socketErrors);
        }
    }

    private final Process process;

    private Wrk(Process process) {
        this.process = process;
    }

    static Wrk start(String url, int seconds) throws IOException {
        return new Wrk(new ProcessBuilder("wrk", "-t2", "-c16", "-d" + seconds + "s", "--timeout", "5s", url)
                .redirectErrorStream(true)
                .start());
    }

    /** Ends the run early; wrk prints its summary on an interrupt. */
    void stop() throws Exception {
        new ProcessBuilder("kill", "-INT", String.valueOf(process.pid()))
                .start()
                .waitFor();
    }

    Result result() throws Exception {
        if (!process.waitFor(20, TimeUnit.MINUTES)) {
            process.destroyForcibly();
        }
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        long errors = 0;
        Matcher socket = Pattern.compile("Socket errors: connect (\\d+), read (\\d+), write (\\d+), timeout (\\d+)")
                .matcher(out);
        if (socket.find()) {
            for (int g = 1; g <= 4; g++) {
                errors += Long.parseLong(socket.group(g));
            }
        }
        return new Result(
                number(out, "(\\d+) requests in"),
                number(out, "Non-2xx or 3xx responses: (\\d+)"),
                errors,
                Double.parseDouble(text(out, "Requests/sec:\\s+([\\d.]+)", "0")));
    }

    static Result run(String url, int seconds, int connections) throws Exception {
        Process p = new ProcessBuilder("wrk", "-t2", "-c" + connections, "-d" + seconds + "s", "--timeout", "5s", url)
                .redirectErrorStream(true)
                .start();
        return new Wrk(p).result();
    }

    private static long number(String out, String regex) {
        return Long.parseLong(text(out, regex, "0"));
    }

    private static String text(String out, String regex, String otherwise) {
        Matcher m = Pattern.compile(regex).matcher(out);
        return m.find() ? m.group(1) : otherwise;
    }
}
