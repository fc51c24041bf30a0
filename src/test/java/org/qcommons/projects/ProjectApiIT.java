package org.qcommons.projects;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.qcommons.people.MemberService;
import org.qcommons.testsupport.IntegrationTestBase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

class ProjectApiIT extends IntegrationTestBase {

    @LocalServerPort
    int port;

    @Autowired
    ProjectRecords projectRecords;

    @Autowired
    ProjectTaxonomy taxonomy;

    @Autowired
    MemberService memberService;

    @Autowired
    JdbcTemplate jdbc;

    private HttpResponse<String> get(String path, String... headers) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Accept", "application/json");
        for (int i = 0; i < headers.length; i += 2) b.header(headers[i], headers[i + 1]);
        return HttpClient.newHttpClient().send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void listsPublicProjectsOnlyWithCachingHeaders() throws Exception {
        Project hidden = ProjectTestData.create(
                projectRecords,
                taxonomy,
                memberService,
                "Apitest hidden drazzle",
                "Drazzle members only.",
                Visibility.MEMBERS);
        Project open = ProjectTestData.create(
                projectRecords,
                taxonomy,
                memberService,
                "Apitest open drazzle",
                "Drazzle public.",
                Visibility.PUBLIC,
                "Sepsis");
        HttpResponse<String> all = get("/api/projects?size=100");
        assertThat(all.statusCode()).isEqualTo(200);
        int publicLive = jdbc.queryForObject(
                "select count(*) from project where archived = false and visibility = 'PUBLIC'", Integer.class);
        assertThat(all.body()).contains("\"total\":" + publicLive).doesNotContain("Apitest hidden drazzle");
        assertThat(all.headers().firstValue("Cache-Control").orElse(""))
                .contains("max-age=300")
                .contains("public");
        String etag = all.headers().firstValue("ETag").orElseThrow();
        assertThat(get("/api/projects?size=100", "If-None-Match", etag).statusCode())
                .isEqualTo(304);

        HttpResponse<String> found = get("/api/projects?q=drazzle&condition=sepsis&region=west-of-england");
        assertThat(found.statusCode()).isEqualTo(200);
        assertThat(found.body()).contains("\"total\":1").contains("Apitest open drazzle");

        HttpResponse<String> one = get("/api/projects/" + open.getId());
        assertThat(one.statusCode()).isEqualTo(200);
        assertThat(one.body()).contains("\"title\":\"Apitest open drazzle\"").contains("\"conditions\":[\"Sepsis\"]");
        assertThat(one.headers().firstValue("ETag")).isPresent();

        HttpResponse<String> secret = get("/api/projects/" + hidden.getId());
        assertThat(secret.statusCode()).isEqualTo(404);
        assertThat(secret.headers().firstValue("Content-Type").orElse("")).contains("application/problem+json");
        assertThat(secret.body()).doesNotContain("drazzle");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "page=-1",
                "size=0",
                "size=1000",
                "page=abc",
                "size=x",
                "stp=abc",
                "stp=999999",
                "year=abc",
                "year=1200",
                "status=brilliant",
                "region=atlantis",
                "condition=patient-flow",
                "issue=unicorns",
                "method=astrology",
                "sort=random",
                "page=100000&size=100"
            })
    void badParametersGetA400ProblemDocument(String query) throws Exception {
        HttpResponse<String> response = get("/api/projects?" + query);
        assertThat(response.statusCode()).as(query).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).contains("application/problem+json");
        assertThat(response.body())
                .contains("\"status\":400")
                .doesNotContain("Exception")
                .doesNotContain("at org.");
    }

    @Test
    void aNonNumericIdIsA400AndTheApiIsDocumented() throws Exception {
        HttpResponse<String> response = get("/api/projects/abc");
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("\"status\":400");
        HttpResponse<String> docs = get("/v3/api-docs");
        assertThat(docs.statusCode()).isEqualTo(200);
        assertThat(docs.body()).contains("/api/projects").contains("/api/projects/{id}");
    }

    @Test
    void theApiIsStatelessReadOnlyAndServesPlainText() throws Exception {
        ProjectTestData.create(
                projectRecords,
                taxonomy,
                memberService,
                "Apitest plain glimmerwort",
                "Glimmerwort <b>checks</b> & more.",
                Visibility.PUBLIC);
        HttpResponse<String> found = get("/api/projects?q=glimmerwort");
        assertThat(found.statusCode()).isEqualTo(200);
        assertThat(found.headers().firstValue("Set-Cookie"))
                .as("no session for open data")
                .isEmpty();
        assertThat(found.body())
                .contains("Glimmerwort <b>checks</b> & more.")
                .doesNotContain("<mark>")
                .doesNotContain("&amp;");

        HttpResponse<String> post = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/projects"))
                                .POST(HttpRequest.BodyPublishers.ofString("{}"))
                                .header("Content-Type", "application/json")
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(post.statusCode()).isEqualTo(405);
        assertThat(post.body()).doesNotContain("Exception").doesNotContain("at org.");
    }

    @Test
    void aSavedProjectShowsAtOnceThoughPagesAreCached() throws Exception {
        assertThat(get("/api/projects?q=quillowcheck").body()).contains("\"total\":0");
        ProjectTestData.create(
                projectRecords,
                taxonomy,
                memberService,
                "Apitest quillowcheck",
                "Quillowcheck rounds.",
                Visibility.PUBLIC);
        assertThat(get("/api/projects?q=quillowcheck").body()).contains("\"total\":1");
    }
}
