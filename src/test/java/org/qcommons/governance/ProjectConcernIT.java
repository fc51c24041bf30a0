package org.qcommons.governance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.qcommons.governance.GovernanceFixtures.as;

import org.junit.jupiter.api.Test;
import org.qcommons.base.BusinessException;
import org.qcommons.base.security.QUser;
import org.qcommons.people.MemberService;
import org.qcommons.projects.Project;
import org.qcommons.projects.ProjectRecords;
import org.qcommons.projects.ProjectTaxonomy;
import org.qcommons.projects.ProjectTestData;
import org.qcommons.projects.RegisterQuery;
import org.qcommons.projects.RegisterSearch;
import org.qcommons.projects.Visibility;
import org.qcommons.testsupport.IntegrationTestBase;
import org.springframework.security.core.context.SecurityContextHolder;

/** A project entry hidden pending review of a concern: out of the register, its lead told why, then shown again. */
class ProjectConcernIT extends IntegrationTestBase {

    /** A made-up word, so that only this test's project holds it. */
    private static final String WORD = "plomberquist";

    @Test
    void aHiddenEntryLeavesTheRegisterItsLeadIsToldWhyAndItCanBeShownAgain() {
        GovernanceFixtures fx = new GovernanceFixtures(applicationContext);
        ConcernService concerns = applicationContext.getBean(ConcernService.class);
        ProjectRecords records = applicationContext.getBean(ProjectRecords.class);
        RegisterSearch register = applicationContext.getBean(RegisterSearch.class);
        Project project = ProjectTestData.create(
                records,
                applicationContext.getBean(ProjectTaxonomy.class),
                applicationContext.getBean(MemberService.class),
                "Ward " + WORD + " audit",
                "Names a patient by mistake: " + WORD + ".",
                Visibility.PUBLIC);
        QUser reader = fx.member("Register Reader", fx.stp);
        Concern c = as(
                reader,
                () -> concerns.raise(ConcernSubject.PROJECT, project.getId(), "The summary names a patient.", false));
        assertThatThrownBy(() -> as(fx.convenor, () -> {
                    concerns.hide(c.getId(), " ");
                    return null;
                }))
                .isInstanceOf(BusinessException.class);

        as(fx.convenor, () -> {
            concerns.hide(c.getId(), "The summary may identify a patient.");
            return null;
        });
        SecurityContextHolder.clearContext();
        assertThat(register.search(RegisterQuery.text(WORD), 0, 10).total()).isZero();
        assertThat(records.publicProject(project.getId())).isEmpty();
        assertThat(as(reader, () -> records.project(project.getId()))).isEmpty();
        Long leadId = project.getLead().getId();
        assertThat(as(fx.convenor, () -> records.project(project.getId()))).hasValueSatisfying(p -> {
            assertThat(p.isWithheld()).isTrue();
            assertThat(p.getWithheldReason()).isEqualTo("The summary may identify a patient.");
        });
        assertThat(fx.jdbc.queryForObject(
                        "SELECT COUNT(*) FROM notification WHERE recipient_id = ? AND title = ?",
                        Long.class,
                        leadId,
                        "Your project entry is hidden pending review"))
                .isOne();
        assertThat(fx.jdbc.queryForObject(
                        "SELECT COUNT(*) FROM project_aud WHERE id = ? AND withheld = TRUE",
                        Long.class,
                        project.getId()))
                .as("the project's history keeps the change")
                .isOne();

        as(fx.convenor, () -> {
            concerns.showAgain(c.getId(), "The lead has reworded the summary.");
            return null;
        });
        SecurityContextHolder.clearContext();
        assertThat(register.search(RegisterQuery.text(WORD), 0, 10).total()).isOne();
        assertThat(as(fx.convenor, () -> concerns.notes(c.getId())))
                .extracting(ConcernNote::getKind)
                .containsExactly(ConcernNote.Kind.RAISED, ConcernNote.Kind.HIDDEN, ConcernNote.Kind.SHOWN_AGAIN);
    }
}
