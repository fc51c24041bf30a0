package org.qcommons.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.qcommons.testsupport.HostileInputs;
import org.qcommons.testsupport.IntegrationTestBase;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The hostile corpus through the open-data API: every string as the search text, each filter parameter in turn,
 * and as the project id in the path. Never a 500, never a stack trace or class name in the body, and a bad
 * parameter that reaches the application is answered with problem JSON.
 */
class HostileApiIT extends IntegrationTestBase {

    static final List<String> PARAMS =
            List.of("region", "stp", "condition", "issue", "status", "method", "year", "sort", "page", "size");

    @LocalServerPort
    int port;

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final List<String> failures = new ArrayList<>();

    private HttpResponse<String> get(String pathAndQuery) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + pathAndQuery))
                .header("Accept", "application/json")
                .timeout(Duration.ofSeconds(30))
                .build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private void check(String what, String hostile, HttpResponse<String> response, boolean problemJsonExpected) {
        // A problem may quote the bad value back (as JSON text); only internals the input did not contain count.
        String body = (response.body() == null ? "" : response.body())
                .replace(hostile, "")
                .replace(hostile.replace("\\", "\\\\").replace("\"", "\\\""), "")
                .replace(encode(hostile), "");
        String type = response.headers().firstValue("Content-Type").orElse("");
        if (response.statusCode() >= 500) {
            failures.add(what + " -> " + response.statusCode());
        } else if (body.contains("Exception")
                || body.contains("\tat ")
                || body.contains("org.qcommons")
                || body.contains("org.springframework")
                || body.contains("java.lang")) {
            failures.add(what + " -> internals in the body");
        } else if (problemJsonExpected && response.statusCode() >= 400 && !type.contains("application/problem+json")) {
            failures.add(what + " -> " + response.statusCode() + " as " + type);
        } else if (response.statusCode() == 200 && !type.contains("json")) {
            failures.add(what + " -> 200 as " + type);
        }
    }

    @Test
    void everyHostileStringAsTheSearchTextIsAnsweredWithoutAServerError() throws Exception {
        int ok = 0;
        for (String hostile : HostileInputs.all()) {
            HttpResponse<String> r = get("/api/projects?q=" + encode(hostile));
            // Very long URLs are refused by the server before the application (400/414), which is fine.
            check("q=" + abbreviate(hostile), hostile, r, hostile.length() < 2000);
            if (r.statusCode() == 200) {
                ok++;
            }
        }
        assertThat(failures).as("search texts that broke the API").isEmpty();
        assertThat(ok)
                .as("most hostile search texts are simply searched for")
                .isGreaterThan(HostileInputs.all().size() / 2);
    }

    @Test
    void hostileFilterValuesGetAProblemNotAServerError() throws Exception {
        List<String> corpus = HostileInputs.all();
        int problems = 0;
        for (int i = 0; i < corpus.size(); i++) {
            String hostile = corpus.get(i);
            // Each string goes through two of the filter parameters, so every parameter sees about 40 strings.
            for (String param : List.of(PARAMS.get(i % PARAMS.size()), PARAMS.get((i + 3) % PARAMS.size()))) {
                HttpResponse<String> r = get("/api/projects?" + param + "=" + encode(hostile));
                check(param + "=" + abbreviate(hostile), hostile, r, hostile.length() < 2000);
                if (r.statusCode() == 400) {
                    problems++;
                }
            }
        }
        assertThat(failures).as("filter values that broke the API").isEmpty();
        assertThat(problems).as("numeric parameters reject text with a 400").isGreaterThan(0);
        HttpResponse<String> page = get("/api/projects?page=abc");
        assertThat(page.statusCode()).isEqualTo(400);
        assertThat(page.headers().firstValue("Content-Type").orElse("")).contains("application/problem+json");
    }

    @Test
    void hostileProjectIdsInThePathAreNotFoundOrBadRequests() throws Exception {
        int problemJson = 0;
        for (String hostile : HostileInputs.all()) {
            if (hostile.isEmpty()) {
                continue; // "/api/projects/" is not a project address
            }
            HttpResponse<String> r = get("/api/projects/" + encode(hostile));
            check("/api/projects/" + abbreviate(encode(hostile)), hostile, r, false);
            if (r.statusCode() < 500
                    && r.headers().firstValue("Content-Type").orElse("").contains("problem+json")) {
                problemJson++;
            }
            if (r.statusCode() == 200 && !r.body().contains("\"total\"")) {
                // "." is a dot segment: /api/projects/. is the list itself, which is fine; a project is not.
                failures.add("/api/projects/" + abbreviate(encode(hostile)) + " -> a project");
            }
        }
        assertThat(failures).as("path values that broke the API").isEmpty();
        // Values the server itself refuses (encoded slashes, NUL, over-long) get its plain 400; the rest reach
        // the application and get problem JSON.
        assertThat(problemJson).isGreaterThan(HostileInputs.all().size() / 2);
        HttpResponse<String> text = get("/api/projects/" + encode("' OR 1=1 --"));
        assertThat(text.statusCode()).isEqualTo(400);
        assertThat(text.headers().firstValue("Content-Type").orElse("")).contains("application/problem+json");
    }

    static String abbreviate(String s) {
        String printable = s.replaceAll("\\p{Cntrl}", "?");
        return printable.length() > 40 ? printable.substring(0, 40) + "…(" + s.length() + ")" : printable;
    }
}
