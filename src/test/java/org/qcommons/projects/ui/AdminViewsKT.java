package org.qcommons.projects.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.qcommons.base.security.Role;
import org.qcommons.projects.ProjectCsvService;
import org.qcommons.projects.ProjectTaxonomy;
import org.qcommons.projects.RegisterReference;
import org.qcommons.projects.Topic;
import org.qcommons.projects.TopicKind;
import org.qcommons.testsupport.Fields;
import org.qcommons.testsupport.KaribuTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

class AdminViewsKT extends KaribuTest {

    @Autowired
    ProjectTaxonomy taxonomy;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    RegisterReference choices;

    @Test
    void membersCannotOpenTheAdminViews() {
        signInAs(Role.MEMBER);
        assertThatThrownByOrRedirected("admin/search-index", SearchIndexView.class);
        assertThatThrownByOrRedirected("projects/import", ProjectImportView.class);
    }

    private void assertThatThrownByOrRedirected(String location, Class<?> view) {
        assertThatThrownBy(() -> UI.getCurrent().navigate(location)).isInstanceOf(MockAccessDeniedException.class);
    }

    @Test
    void theSearchIndexViewComparesCountsAndRebuildsWithProgress() throws Exception {
        signInAs(Role.ADMIN);
        SearchIndexView view = navigateTo("admin/search-index", SearchIndexView.class);
        long rows = jdbc.queryForObject("select count(*) from project", Long.class);
        assertThat(view.database.getText()).isEqualTo(String.valueOf(rows));
        assertThat(view.indexed.getText()).isEqualTo(String.valueOf(rows));
        _click(view.rebuild);
        assertThat(view.progress.isVisible()).isTrue();
        long deadline = System.currentTimeMillis() + 120_000;
        while (!view.state.getText().startsWith("The index is in step") && System.currentTimeMillis() < deadline) {
            Thread.sleep(100);
            MockVaadin.clientRoundtrip(false);
        }
        assertThat(view.state.getText()).startsWith("The index is in step");
        assertThat(view.progress.isVisible()).isFalse();
        assertThat(view.rebuild.isEnabled()).isTrue();
    }

    @Test
    void theImportViewShowsTheReportAndOnlyImportsValidRowsWhenAsked() {
        signInAs(Role.ADMIN);
        ProjectImportView view = navigateTo("projects/import", ProjectImportView.class);
        String csv = String.join(",", ProjectCsvService.COLUMNS) + "\n"
                + "Importview good,Summary,,idea,2023-02-01,,,,member@qcommons.test,,,,,,,,,,\n"
                + "Importview bad,,,nonsense,2023-02-01,,,,member@qcommons.test,,,,,,,,,,\n";
        view.received("projects.csv", csv.getBytes(StandardCharsets.UTF_8));
        assertThat(_size(view.problems)).isEqualTo(2);
        assertThat(view.importButton.isEnabled()).isFalse();
        assertThat(view.onlyValid.isVisible()).isTrue();
        Fields.setValue(view.onlyValid, true);
        assertThat(view.importButton.isEnabled()).isTrue();
        view.runImport(true);
        assertThat(jdbc.queryForObject("select count(*) from project where title like 'Importview%'", Integer.class))
                .isEqualTo(1);
        assertThat(view.importButton.isEnabled()).isFalse();
    }

    @Test
    void anAdminAddsATopicAndADuplicateIsRefused() {
        signInAs(Role.ADMIN);
        choices.choices();
        TopicsView view = navigateTo("admin/topics", TopicsView.class);
        Fields.setValue(view.name, "Glimmering neuropathy");
        Fields.setValue(view.kind, TopicKind.CONDITION);
        _click(view.save);
        assertThat(taxonomy.topicBySlug("glimmering-neuropathy")).isPresent();
        // The register's shared facet choices have the new topic at once, not a minute later.
        assertThat(choices.choices().topics()).extracting(Topic::getSlug).contains("glimmering-neuropathy");
        int topics = taxonomy.topics().size();
        Fields.setValue(view.name, "glimmering NEUROPATHY");
        _click(view.save);
        assertThat(taxonomy.topics()).hasSize(topics);
        assertThatThrownBy(() -> navigateToAsMember()).isInstanceOf(MockAccessDeniedException.class);
    }

    private void navigateToAsMember() {
        signInAs(Role.MEMBER);
        UI.getCurrent().navigate("admin/topics");
    }
}
