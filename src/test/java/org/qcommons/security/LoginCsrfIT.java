package org.qcommons.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.qcommons.organisations.OrganisationService;
import org.qcommons.testsupport.IntegrationTestBase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Login CSRF (issue 17, item 7), proved with raw HTTP requests as another site's form would send them. */
class LoginCsrfIT extends IntegrationTestBase {

    @LocalServerPort
    int port;

    @Autowired
    AccountService accounts;

    @Autowired
    OrganisationService organisations;

    private final HttpClient http =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    static HttpRequest.Builder signIn(int port, String email, String password) {
        String form = "username=" + URLEncoder.encode(email, StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(password, StandardCharsets.UTF_8);
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form));
    }

    @Test
    void aSignInPostedFromAnotherSiteIsRefusedEvenWithTheRightPassword() throws Exception {
        String email = NewAccounts.active(accounts, organisations, "csrf");
        HttpResponse<String> response = http.send(
                signIn(port, email, NewAccounts.PASSWORD)
                        .header("Origin", "https://evil.example")
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.headers().firstValue("Location")).isEmpty();

        HttpResponse<String> fetchSite = http.send(
                signIn(port, email, NewAccounts.PASSWORD)
                        .header("Sec-Fetch-Site", "cross-site")
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(fetchSite.statusCode()).isEqualTo(403);
    }

    @Test
    void theSameSignInFromThisSiteSucceeds() throws Exception {
        String email = NewAccounts.active(accounts, organisations, "csrf-ok");
        HttpResponse<String> response = http.send(
                signIn(port, email, NewAccounts.PASSWORD)
                        .header("Origin", "http://localhost:" + port)
                        .header("Sec-Fetch-Site", "same-origin")
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location").orElseThrow()).doesNotContain("error");
    }
}
