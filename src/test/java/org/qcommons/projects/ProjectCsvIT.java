package org.qcommons.projects;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.qcommons.base.BusinessException;
import org.qcommons.base.demo.DemoAccounts;
import org.qcommons.base.security.SystemRunner;
import org.qcommons.people.MemberService;
import org.qcommons.testsupport.IntegrationTestBase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;

class ProjectCsvIT extends IntegrationTestBase {

    @Autowired
    ProjectTaxonomy taxonomy;

    @Autowired
    MemberService memberService;

    @Autowired
    ProjectCsvService csv;

    @Autowired
    RegisterSearch register;

    @Autowired
    ProjectRecords projectRecords;

    @Autowired
    JdbcTemplate jdbc;

    private static final String HEADER = String.join(",", ProjectCsvService.COLUMNS) + "\n";

    private static InputStream file(String rows) {
        return new ByteArrayInputStream((HEADER + rows).getBytes(StandardCharsets.UTF_8));
    }

    private static String row(String title, String status, String start, String lead, String conditions, String links) {
        return "\"" + title + "\",Summary of " + title + ",," + status + "," + start + ",,,," + lead + ",,,"
                + conditions + ",,PDSA,,,," + links + ",public\n";
    }

    private int count(String titlePrefix) {
        return jdbc.queryForObject("select count(*) from project where title like ?", Integer.class, titlePrefix + "%");
    }

    @Test
    void everyRowIsCheckedAndABadFileImportsNothingUnlessAskedForTheValidRows() {
        String rows = row(
                        "Csvtest alpha",
                        "active",
                        "2022-01-10",
                        DemoAccounts.MEMBER,
                        "Sepsis;Falls",
                        "https://example.org/a")
                + row(
                        "Csvtest bravo",
                        "brilliant",
                        "10/01/2022",
                        "nobody@example.org",
                        "Sepsis;Unicorns",
                        "javascript:alert(1)")
                + row("Csvtest charlie", "completed", "2019-05-01", DemoAccounts.PATIENT, "Frailty", "");
        SystemRunner.asSystem(() -> {
            CsvImportReport report = csv.check(file(rows));
            assertThat(report.dataRows()).isEqualTo(3);
            assertThat(report.validRows()).isEqualTo(2);
            assertThat(report.clean()).isFalse();
            assertThat(report.problems()).extracting(CsvProblem::row).containsOnly(3);
            assertThat(report.problems())
                    .extracting(CsvProblem::column)
                    .contains("status", "start_date", "lead_email", "conditions", "links");

            assertThatThrownBy(() -> csv.importProjects(file(rows), false))
                    .isInstanceOf(BusinessException.class)
                    .hasMessageContaining("nothing was imported");
            assertThat(count("Csvtest")).isZero();

            assertThat(csv.importProjects(file(rows), true)).isEqualTo(2);
            assertThat(count("Csvtest")).isEqualTo(2);
            assertThat(register.count(RegisterQuery.text("csvtest"))).isEqualTo(2);
        });
    }

    @Test
    void aCleanFileImportsEveryRowAndTheTemplateIsClean() {
        SystemRunner.asSystem(() -> {
            String template = csv.template().replace("Reducing falls in care homes", "Csvclean template row");
            CsvImportReport report = csv.check(new ByteArrayInputStream(template.getBytes(StandardCharsets.UTF_8)));
            assertThat(report.problems()).isEmpty();
            assertThat(report.clean()).isTrue();
            assertThat(csv.importProjects(new ByteArrayInputStream(template.getBytes(StandardCharsets.UTF_8)), false))
                    .isEqualTo(1);
            Project imported = projectRecords
                    .project(jdbc.queryForObject(
                            "select id from project where title = 'Csvclean template row'", Long.class))
                    .orElseThrow();
            assertThat(imported.getTeam()).hasSize(1);
            assertThat(imported.getTopics()).extracting(Topic::getName).contains("Falls", "Frailty", "Patient safety");
            assertThat(imported.getStp().getName()).isEqualTo("Bristol, North Somerset and South Gloucestershire");
        });
    }

    @Test
    void aFileWithWrongColumnsIsRejectedWithAReport() {
        SystemRunner.asSystem(() -> {
            CsvImportReport report =
                    csv.check(new ByteArrayInputStream("name,colour\nx,y\n".getBytes(StandardCharsets.UTF_8)));
            assertThat(report.problems()).extracting(CsvProblem::row).containsOnly(1);
            assertThat(report.problems()).extracting(CsvProblem::column).contains("title", "name", "colour");
        });
    }

    @Test
    void onlyAdminsMayImport() {
        SecurityContextHolder.getContext()
                .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                        "x", null, AuthorityUtils.createAuthorityList("ROLE_MEMBER")));
        try {
            assertThatThrownBy(() -> csv.check(file(""))).isInstanceOf(AccessDeniedException.class);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    @Test
    void exportEscapesFormulaCellsAndRespectsVisibility() {
        ProjectTestData.create(
                projectRecords,
                taxonomy,
                memberService,
                "=HYPERLINK(\"http://evil\") Exportzap",
                "Exportzap public.",
                Visibility.PUBLIC);
        ProjectTestData.create(
                projectRecords,
                taxonomy,
                memberService,
                "Exportzap members only",
                "Exportzap hidden.",
                Visibility.MEMBERS);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        csv.export(RegisterQuery.text("exportzap"), out);
        String text = out.toString(StandardCharsets.UTF_8);
        assertThat(text).contains("'=HYPERLINK").doesNotContain(",=HYPERLINK").doesNotContain("Exportzap members only");
        assertThat(ProjectCsvService.safe("+1")).isEqualTo("'+1");
        assertThat(ProjectCsvService.safe("-1")).isEqualTo("'-1");
        assertThat(ProjectCsvService.safe("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(ProjectCsvService.safe("Sepsis")).isEqualTo("Sepsis");
    }
}
