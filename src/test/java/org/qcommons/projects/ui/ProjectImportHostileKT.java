package org.qcommons.projects.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.NotificationsKt;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.qcommons.base.security.Role;
import org.qcommons.projects.ProjectCsvService;
import org.qcommons.testsupport.HostileInputs;
import org.qcommons.testsupport.KaribuTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The CSV import with every hostile string as the uploaded file's name and as every cell of a row: the name is
 * shown as text, the file is checked without error, and nothing is saved until the administrator confirms.
 */
class ProjectImportHostileKT extends KaribuTest {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void hostileFileNamesAndCellsAreReportedAsText() {
        signInAs(Role.ADMIN);
        ProjectImportView view = navigateTo("projects/import", ProjectImportView.class);
        int projectsBefore = jdbc.queryForObject("select count(*) from project", Integer.class);
        List<String> failures = new ArrayList<>();
        for (String hostile : HostileInputs.all()) {
            String cell = "\"" + hostile.replace("\"", "\"\"") + "\"";
            String csv = String.join(",", ProjectCsvService.COLUMNS) + "\n"
                    + ProjectCsvService.COLUMNS.stream().map(c -> cell).collect(Collectors.joining(",")) + "\n";
            try {
                view.received(hostile, csv.getBytes(StandardCharsets.UTF_8));
                if (!view.summary.getText().startsWith(hostile)) {
                    failures.add(abbreviate(hostile) + ": summary does not start with the name as text");
                }
                String html = view.getElement().getOuterHTML();
                if (html.contains("<script>window.__xss") || html.contains("<img src=x onerror")) {
                    failures.add(abbreviate(hostile) + ": live markup");
                }
                if (NotificationsKt.getNotifications().stream()
                        .anyMatch(n -> n.getElement().getTextRecursively().contains("error id"))) {
                    failures.add(abbreviate(hostile) + ": unexpected error");
                }
                NotificationsKt.clearNotifications();
            } catch (RuntimeException e) {
                failures.add(abbreviate(hostile) + ": " + e);
            }
        }
        assertThat(failures).isEmpty();
        assertThat(jdbc.queryForObject("select count(*) from project", Integer.class))
                .isEqualTo(projectsBefore);
    }

    private static String abbreviate(String s) {
        String printable = s.replaceAll("\\p{Cntrl}", "?");
        return printable.length() > 40 ? printable.substring(0, 40) + "…(" + s.length() + ")" : printable;
    }
}
