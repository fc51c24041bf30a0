package org.qcommons.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.qcommons.testsupport.IntegrationTestBase;
import org.springframework.boot.test.web.server.LocalServerPort;

class ErrorPagesIT extends IntegrationTestBase {

    @LocalServerPort
    int port;

    private HttpResponse<String> get(String path) throws Exception {
        return HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                                .header("Accept", "text/html")
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void anUnknownAddressRevealsNothingToAnonymousVisitors() throws Exception {
        // Vaadin's access control does not tell anonymous visitors which addresses exist: it asks them to sign in.
        HttpResponse<String> response = get("/no/such/page");
        assertThat(response.statusCode()).isIn(302, 303);
        assertThat(response.body()).doesNotContain("Exception").doesNotContain("at org.");
    }

    @Test
    void membersOnlyPagesSendAnonymousVisitorsToSignIn() throws Exception {
        HttpResponse<String> response = get("/people");
        assertThat(response.statusCode()).isIn(302, 303);
        assertThat(response.headers().firstValue("Location").orElse("")).endsWith("/login");
    }

    @Test
    void securityHeadersAreSet() throws Exception {
        HttpResponse<String> response = get("/");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(response.headers().firstValue("Referrer-Policy")).hasValue("strict-origin-when-cross-origin");
    }
}
