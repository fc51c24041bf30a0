package org.qcommons.projects;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.qcommons.base.BusinessException;
import org.qcommons.base.security.SystemRunner;
import org.qcommons.people.MemberService;
import org.qcommons.testsupport.IntegrationTestBase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;

/** Topics and methods: a rename keeps the old name and re-indexes; a merge moves every project of the old entry. */
class TaxonomyAdministrationIT extends IntegrationTestBase {

    @Autowired
    TaxonomyAdministration admin;

    @Autowired
    ProjectTaxonomy taxonomy;

    @Autowired
    ProjectRecords projectRecords;

    @Autowired
    MemberService members;

    @Autowired
    RegisterSearch register;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void renamingATopicKeepsTheFormerNameAndTheRegisterFindsItsProjectsByTheNewName() {
        long n = System.nanoTime();
        Topic topic = SystemRunner.asSystem(() -> admin.addTopic("Quillwort syndrome " + n, TopicKind.CONDITION));
        Project p = ProjectTestData.create(
                projectRecords,
                taxonomy,
                members,
                "Taxocheck wards " + n,
                "A ward project.",
                Visibility.PUBLIC,
                topic.getName());

        Topic renamed = SystemRunner.asSystem(
                () -> admin.editTopic(topic.getId(), topic.getVersion(), "Brackenfold syndrome " + n, null));

        assertThat(renamed.getFormerNames()).isEqualTo("Quillwort syndrome " + n);
        assertThat(SystemRunner.asSystem(() -> register.page(RegisterQuery.text("brackenfold taxocheck"), 0, 5))
                        .hits())
                .extracting(ProjectHit::id)
                .containsExactly(p.getId());
        assertThat(SystemRunner.asSystem(() -> admin.topics()).stream()
                        .filter(u -> u.entry().equals(topic))
                        .findFirst()
                        .orElseThrow()
                        .projects())
                .isEqualTo(1);
    }

    @Test
    void mergingATopicMovesItsProjectsAndRetiresItIntoTheOther() {
        long n = System.nanoTime();
        Topic from = SystemRunner.asSystem(() -> admin.addTopic("Mossline fever " + n, TopicKind.CONDITION));
        Topic to = SystemRunner.asSystem(() -> admin.addTopic("Mossline pyrexia " + n, TopicKind.CONDITION));
        Project both = ProjectTestData.create(
                projectRecords,
                taxonomy,
                members,
                "Mergecheck both " + n,
                "Has both.",
                Visibility.PUBLIC,
                from.getName(),
                to.getName());
        Project one = ProjectTestData.create(
                projectRecords,
                taxonomy,
                members,
                "Mergecheck one " + n,
                "Has the old one.",
                Visibility.PUBLIC,
                from.getName());

        SystemRunner.asSystem(() -> admin.mergeTopic(from.getId(), to.getId()));

        assertThat(count("SELECT COUNT(*) FROM project_topic WHERE topic_id = ?", from.getId()))
                .isZero();
        assertThat(count(
                        "SELECT COUNT(*) FROM project_topic WHERE topic_id = ? AND project_id IN (?, ?)",
                        to.getId(),
                        both.getId(),
                        one.getId()))
                .isEqualTo(2);
        assertThat(jdbc.queryForObject(
                        "SELECT successor_id FROM topic WHERE id = ? AND active = FALSE", Long.class, from.getId()))
                .isEqualTo(to.getId());
        assertThat(SystemRunner.asSystem(() -> register.page(RegisterQuery.text("mergecheck pyrexia"), 0, 5))
                        .total())
                .isEqualTo(2);
        assertThatThrownBy(() -> SystemRunner.asSystem(() -> admin.mergeTopic(to.getId(), from.getId())))
                .isInstanceOf(BusinessException.class);
    }

    @Test
    void methodsAreRenamedAndMergedAndADuplicateNameIsRefused() {
        long n = System.nanoTime();
        QiMethod a = SystemRunner.asSystem(() -> admin.addMethod("Fishbone sketching " + n));
        QiMethod b = SystemRunner.asSystem(() -> admin.addMethod("Cause mapping " + n));
        assertThatThrownBy(() -> SystemRunner.asSystem(() -> admin.addMethod("fishbone SKETCHING " + n)))
                .isInstanceOf(BusinessException.class)
                .hasMessageContaining("already exists");
        QiMethod renamed = SystemRunner.asSystem(() -> admin.renameMethod(a.getId(), a.getVersion(), "Ishikawa " + n));
        assertThat(renamed.getFormerNames()).isEqualTo("Fishbone sketching " + n);
        SystemRunner.asSystem(() -> admin.mergeMethod(b.getId(), a.getId()));
        assertThat(jdbc.queryForObject("SELECT successor_id FROM qi_method WHERE id = ?", Long.class, b.getId()))
                .isEqualTo(a.getId());
    }

    @Test
    void onlyAnAdminEditsTheTaxonomy() {
        assertThatThrownBy(() -> admin.addTopic("Nobody's topic", TopicKind.ISSUE))
                .isInstanceOfAny(AccessDeniedException.class, AuthenticationException.class);
    }

    private long count(String sql, Object... args) {
        return jdbc.queryForObject(sql, Long.class, args);
    }
}
