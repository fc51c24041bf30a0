package org.qcommons.projects.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.RouterLink;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.qcommons.base.audit.AuditEntry;
import org.qcommons.base.audit.AuditService;
import org.qcommons.base.demo.DemoAccounts;
import org.qcommons.base.security.Role;
import org.qcommons.base.security.SystemRunner;
import org.qcommons.organisations.OrganisationService;
import org.qcommons.people.Member;
import org.qcommons.people.MemberService;
import org.qcommons.people.PersonalDataService;
import org.qcommons.projects.Project;
import org.qcommons.projects.ProjectRecords;
import org.qcommons.projects.ProjectTaxonomy;
import org.qcommons.projects.ProjectTestData;
import org.qcommons.projects.TeamMembership;
import org.qcommons.projects.Visibility;
import org.qcommons.security.Registration;
import org.qcommons.security.ui.LoginView;
import org.qcommons.testsupport.KaribuTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

class ProjectHistoryViewKT extends KaribuTest {

    @Autowired
    MemberService memberService;

    @Autowired
    ProjectRecords projectRecords;

    @Autowired
    ProjectTaxonomy taxonomy;

    @Autowired
    AuditService audit;

    private Project editedByTheLead(String title) {
        Project p = ProjectTestData.create(
                projectRecords,
                taxonomy,
                memberService,
                title,
                "A summary of " + title + ".",
                Visibility.PUBLIC,
                "Sepsis");
        signInAs(Role.MEMBER);
        Project edit = projectRecords.project(p.getId()).orElseThrow();
        edit.setTitle(title + " renamed");
        edit.setAims("Fewer late antibiotics");
        edit.setTopics(Set.copyOf(taxonomy.topics().stream()
                .filter(t -> t.getName().equals("Frailty"))
                .toList()));
        return projectRecords.update(edit);
    }

    @Test
    void theLeadSeesEachChangeWithWhoWhenAndOldAndNewValues() {
        Project p = editedByTheLead("Quibbleworth history");
        navigateTo("projects/" + p.getId(), ProjectView.class);
        assertThat(_get(RouterLink.class, s -> s.withText("History")).getHref())
                .isEqualTo("projects/" + p.getId() + "/history");

        ProjectHistoryView view = navigateTo("projects/" + p.getId() + "/history", ProjectHistoryView.class);
        List<H3> headings = _find(view.history, H3.class);
        assertThat(headings).hasSize(2);
        assertThat(headings.getFirst().getText()).startsWith("Changed · ").endsWith(" (" + DemoAccounts.MEMBER + ")");
        assertThat(headings.getLast().getText()).startsWith("Created · ").endsWith(" · System");
        List<String> changes = _find(view.history, ListItem.class).stream()
                .map(ProjectHistoryViewKT::text)
                .toList();
        assertThat(changes)
                .contains(
                        "Title: Quibbleworth history → Quibbleworth history renamed",
                        "Aims: (was empty) → Fewer late antibiotics",
                        "Topics: Sepsis → Frailty");
    }

    @Test
    void teamEditorsAndAdminsMayLookOtherMembersMayNot() {
        Project p = editedByTheLead("Plonkerscrib history");
        Member coordinator = SystemRunner.asSystem(
                () -> memberService.activeByEmail(DemoAccounts.COORDINATOR).orElseThrow());
        Project edit = projectRecords.project(p.getId()).orElseThrow();
        edit.setTeam(Set.of(new TeamMembership(coordinator, "Data analyst")));
        projectRecords.update(edit);

        signInAs(Role.CONVENOR);
        assertThatThrownBy(() -> UI.getCurrent().navigate("projects/" + p.getId() + "/history"))
                .isInstanceOf(MockAccessDeniedException.class);
        assertThatThrownBy(() -> audit.history(Project.class, p.getId())).isInstanceOf(AccessDeniedException.class);
        navigateTo("projects/" + p.getId(), ProjectView.class);
        assertThat(_find(RouterLink.class, s -> s.withText("History"))).isEmpty();

        signInAs(Role.ORG_COORDINATOR);
        ProjectHistoryView team = navigateTo("projects/" + p.getId() + "/history", ProjectHistoryView.class);
        assertThat(_find(team.history, ListItem.class).stream().map(ProjectHistoryViewKT::text))
                .anyMatch(t -> t.startsWith("Team: (was empty) → ") && t.endsWith("(Data analyst)"));

        signInAs(Role.ADMIN);
        ProjectHistoryView admin = navigateTo("projects/" + p.getId() + "/history", ProjectHistoryView.class);
        assertThat(_find(admin.history, H3.class)).hasSize(3);

        anonymous();
        UI.getCurrent().navigate("projects/" + p.getId() + "/history");
        assertThat(currentView()).isInstanceOf(LoginView.class);
    }

    @Test
    void archivingShowsAsArchived() {
        Project p = editedByTheLead("Wimbleflax history");
        projectRecords.archive(p.getId(), p.getVersion());
        List<AuditEntry> history = audit.history(Project.class, p.getId());
        assertThat(history.getFirst().kind()).isEqualTo("Archived");
        assertThat(history.getFirst().changes())
                .extracting(AuditEntry.FieldChange::field)
                .containsExactly("archived");
    }

    @Test
    void hostileValuesShowAsTextAndLongOnesAreShortened() {
        String xss = "<img src=x onerror=alert(1)><script>alert('h')</script>";
        Project p = ProjectTestData.create(
                projectRecords, taxonomy, memberService, "Zantiphrax history", "Harmless summary.", Visibility.PUBLIC);
        signInAs(Role.MEMBER);
        Project edit = projectRecords.project(p.getId()).orElseThrow();
        edit.setTitle(xss);
        edit.setSummary("x".repeat(3000));
        projectRecords.update(edit);

        ProjectHistoryView view = navigateTo("projects/" + p.getId() + "/history", ProjectHistoryView.class);
        String html = view.getElement().getOuterHTML();
        assertThat(html).doesNotContain("<img", "<script").contains("&lt;img src=x onerror=alert(1)&gt;");
        assertThat(_find(view.history, Span.class, s -> s.withText(xss))).hasSize(1);
        Span longValue = _find(view.history, Span.class).stream()
                .filter(s -> s.getText().startsWith("xxxx"))
                .findFirst()
                .orElseThrow();
        assertThat(longValue.getText()).hasSize(121).endsWith("…");
        assertThat(longValue.getTitle()).hasValueSatisfying(t -> assertThat(t).hasSizeLessThan(400));
    }

    @Test
    void anErasedEditorShowsAsFormerMemberAndTheirNameIsGone() {
        String email = "historian-" + UUID.randomUUID() + "@test.qcommons.example";
        Registration r = new Registration();
        r.setFullName("Hortensia Blythe-Quill");
        r.setEmail(email);
        r.setPassword("a-long-password-1");
        r.setProfession("Midwife");
        r.setOrganisation(organisations.organisations().getFirst());
        r.setConfirmsMembership(true);
        Member m = accountService.register(r);
        SystemRunner.asSystem(() -> accountService.approve(m.getId()));
        Project p = ProjectTestData.create(
                projectRecords, taxonomy, memberService, email, "Hortensia history", "Summary.", Visibility.PUBLIC);
        signInAs(email);
        Project edit = projectRecords.project(p.getId()).orElseThrow();
        edit.setAims("Shorter waits");
        projectRecords.update(edit);
        assertThat(audit.history(Project.class, p.getId()).getFirst().whoLabel())
                .isEqualTo("Hortensia Blythe-Quill (" + email + ")");
        personalData.erase(m.getId());

        signInAs(Role.ADMIN);
        ProjectHistoryView view = navigateTo("projects/" + p.getId() + "/history", ProjectHistoryView.class);
        assertThat(_find(view.history, H3.class).getFirst().getText()).endsWith(" · Former member");
        assertThat(view.getElement().getOuterHTML()).doesNotContain("Hortensia Blythe", email);
    }

    @Autowired
    PersonalDataService personalData;

    @Autowired
    OrganisationService organisations;

    private static String text(ListItem item) {
        return item.getChildren().map(c -> c.getElement().getText()).reduce("", String::concat);
    }
}
