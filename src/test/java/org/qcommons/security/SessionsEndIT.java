package org.qcommons.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.qcommons.base.security.Role;
import org.qcommons.base.security.SystemRunner;
import org.qcommons.organisations.OrganisationService;
import org.qcommons.testsupport.IntegrationTestBase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** Sessions end when access ends (issue 17, item 5): real sign-ins over HTTP, then the change, then the session. */
class SessionsEndIT extends IntegrationTestBase {

    @LocalServerPort
    int port;

    @Autowired
    AccountService accounts;

    @Autowired
    OrganisationService organisations;

    @Autowired
    SignedInSessions sessions;

    @Autowired
    JdbcTemplate jdbc;

    private final HttpClient http =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    /** Signs in over HTTP as a browser would; returns the session cookie. */
    private String signIn(String email) throws Exception {
        HttpResponse<String> response = http.send(
                LoginCsrfIT.signIn(port, email, NewAccounts.PASSWORD)
                        .header("User-Agent", "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0")
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(302);
        return cookie(response).orElseThrow();
    }

    private static Optional<String> cookie(HttpResponse<?> response) {
        return response.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("JSESSIONID="))
                .map(c -> c.substring(0, c.indexOf(';')))
                .findFirst();
    }

    /** A page request with the cookie: a live session is kept, an ended one is replaced by a new cookie. */
    private boolean sessionStillLive(String cookie) throws Exception {
        HttpResponse<String> page = http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                        .header("Cookie", cookie)
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        return cookie(page).isEmpty();
    }

    @Test
    void deactivationEndsEverySessionAtOnce() throws Exception {
        String email = NewAccounts.active(accounts, organisations, "ends");
        Long memberId = accounts.loadUserByUsername(email).memberId();
        String first = signIn(email);
        String second = signIn(email);
        assertThat(sessions.of(memberId, null))
                .hasSize(2)
                .allSatisfy(e -> assertThat(e.device()).isEqualTo("Firefox on Linux"));
        assertThat(sessionStillLive(first)).isTrue();

        SystemRunner.asSystem(() -> accounts.deactivate(memberId));

        assertThat(sessions.of(memberId, null)).isEmpty();
        assertThat(sessionStillLive(first)).isFalse();
        assertThat(sessionStillLive(second)).isFalse();
        assertThat(jdbc.queryForObject(
                        "select count(*) from security_event where type = 'ACCESS_ENDED' and username = ?",
                        Integer.class,
                        email))
                .isEqualTo(1);
    }

    @Test
    void aRoleChangeEndsTheSessionAndRaisesTheStamp() throws Exception {
        String email = NewAccounts.active(accounts, organisations, "roles");
        Long memberId = accounts.loadUserByUsername(email).memberId();
        String cookie = signIn(email);
        int stamp =
                jdbc.queryForObject("select security_stamp from user_account where username = ?", Integer.class, email);

        SystemRunner.asSystem(() -> accounts.changeRoles(memberId, Set.of(Role.CONVENOR)));

        assertThat(sessionStillLive(cookie)).isFalse();
        assertThat(jdbc.queryForObject(
                        "select security_stamp from user_account where username = ?", Integer.class, email))
                .isGreaterThan(stamp);
        assertThat(accounts.loadUserByUsername(email).roles()).contains(Role.CONVENOR, Role.MEMBER);
    }
}
