package org.qcommons.projects.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.qcommons.base.ConcurrentEditException;
import org.qcommons.base.demo.DemoAccounts;
import org.qcommons.base.security.Role;
import org.qcommons.people.MemberService;
import org.qcommons.projects.Project;
import org.qcommons.projects.ProjectRecords;
import org.qcommons.projects.ProjectTaxonomy;
import org.qcommons.projects.ProjectTestData;
import org.qcommons.projects.RegisterQuery;
import org.qcommons.projects.RegisterSearch;
import org.qcommons.projects.Visibility;
import org.qcommons.testsupport.Fields;
import org.qcommons.testsupport.KaribuTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

class ProjectViewKT extends KaribuTest {

    @Autowired
    ProjectTaxonomy taxonomy;

    @Autowired
    MemberService memberService;

    @Autowired
    RegisterSearch register;

    @Autowired
    ProjectRecords projectRecords;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void showsEveryFieldTheTeamSimilarProjectsAndPeople() {
        Project p = ProjectTestData.create(
                projectRecords,
                taxonomy,
                memberService,
                "Sepsis screening plinkerton study",
                "Sepsis screening with NEWS2 in the emergency department.",
                Visibility.PUBLIC,
                "Sepsis",
                "Deteriorating patient");
        signInAs(Role.ADMIN);
        ProjectView view = navigateTo("projects/" + p.getId(), ProjectView.class);
        assertThat(_get(H2.class).getText()).isEqualTo("Sepsis screening plinkerton study");
        assertThat(_get(Div.class, s -> s.withId("team")).getElement().getText())
                .isNotNull();
        Div similar = _get(Div.class, s -> s.withId("similar-projects"));
        assertThat(similar.getElement().getOuterHTML()).containsIgnoringCase("sepsis");
        Div people = _get(Div.class, s -> s.withId("similar-members"));
        assertThat(people.getElement().getOuterHTML()).doesNotContain("Nobody else");
        assertThat(view.project.getId()).isEqualTo(p.getId());
    }

    @Test
    void aMemberRegistersAProjectAsItsLeadAndValidationKeepsTheirInput() {
        signInAs(Role.MEMBER);
        ProjectFormView form = navigateTo("projects/edit", ProjectFormView.class);
        assertThat(form.region.getValue()).isNotNull();
        assertThat(form.stp.getValue()).isNotNull();
        Fields.setValue(form.summary, "Testing a new huddle for flurbogast.");
        _click(form.save);
        assertThat(currentView()).isInstanceOf(ProjectFormView.class);
        assertThat(form.title.isInvalid()).isTrue();
        assertThat(form.summary.getValue()).isEqualTo("Testing a new huddle for flurbogast.");

        Fields.setValue(form.title, "Flurbogast huddles");
        Fields.setValue(form.endDate, LocalDate.of(2000, 1, 1));
        _click(form.save);
        assertThat(form.endDate.isInvalid()).isTrue();
        Fields.setValue(form.endDate, null);
        Fields.setValue(form.links, "not a link");
        _click(form.save);
        assertThat(form.links.isInvalid()).isTrue();
        Fields.setValue(form.links, "https://example.org/flurbogast");
        _click(form.save);
        ProjectView page = (ProjectView) currentView();
        assertThat(page.project.getTitle()).isEqualTo("Flurbogast huddles");
        assertThat(page.project.getLead().getEmail()).isEqualTo(DemoAccounts.MEMBER);
        assertThat(register.count(RegisterQuery.text("flurbogast"))).isEqualTo(1);
    }

    @Test
    void onlyTheLeadTeamAndAdminsMayEditAndAStaleSaveIsExplained() {
        Project p = ProjectTestData.create(
                projectRecords,
                taxonomy,
                memberService,
                "Blorvish discharge project",
                "Discharge before noon blorvish.",
                Visibility.PUBLIC);
        signInAs(Role.CONVENOR);
        UI.getCurrent().navigate("projects/edit/" + p.getId());
        assertThat(currentView()).isNotInstanceOf(ProjectFormView.class);

        signInAs(Role.MEMBER);
        ProjectFormView form = navigateTo("projects/edit/" + p.getId(), ProjectFormView.class);
        Project other = projectRecords.project(p.getId()).orElseThrow();
        other.setAims("Changed by someone else");
        projectRecords.update(other);
        Fields.setValue(form.aims, "My aims");
        _click(form.save);
        ConfirmDialog dialog = _get(ConfirmDialog.class);
        assertThat(dialog.isOpened()).isTrue();
        assertThat(currentView()).isInstanceOf(ProjectFormView.class);
        assertThat(form.aims.getValue()).isEqualTo("My aims");
        assertThat(projectRecords.project(p.getId()).orElseThrow().getAims()).isEqualTo("Changed by someone else");
    }

    @Test
    void theLeadArchivesAfterConfirmationAndTheProjectLeavesTheRegister() {
        Project p = ProjectTestData.create(
                projectRecords,
                taxonomy,
                memberService,
                "Snorkelwift archive test",
                "To be archived snorkelwift.",
                Visibility.PUBLIC);
        signInAs(Role.MEMBER);
        navigateTo("projects/" + p.getId(), ProjectView.class);
        _click(_get(Button.class, s -> s.withText("Archive")));
        ConfirmDialog confirm = _get(ConfirmDialog.class);
        assertThat(register.count(RegisterQuery.text("snorkelwift"))).isEqualTo(1);
        ConfirmDialogKt._fireConfirm(confirm);
        assertThat(register.count(RegisterQuery.text("snorkelwift"))).isZero();
        assertThat(currentView()).isInstanceOf(ProjectsView.class);
        assertThatThrownBy(() -> projectRecords.archive(p.getId(), 0)).isInstanceOf(RuntimeException.class);
    }

    @Test
    void aMemberMessagesTheLead() {
        Project p = ProjectTestData.create(
                projectRecords,
                taxonomy,
                memberService,
                "Quizzlenut messaging test",
                "Messages quizzlenut.",
                Visibility.PUBLIC);
        int before = jdbc.queryForObject(
                "select count(*) from notification where recipient_id = ?",
                Integer.class,
                p.getLead().getId());
        signInAs(Role.CONVENOR);
        navigateTo("projects/" + p.getId(), ProjectView.class);
        _click(_get(Button.class, s -> s.withText("Message the lead")));
        ContactLeadDialog dialog = _get(ContactLeadDialog.class);
        Fields.setValue(dialog.message, "Could we compare notes on quizzlenut?");
        _click(_get(dialog, Button.class, s -> s.withText("Send")));
        int after = jdbc.queryForObject(
                "select count(*) from notification where recipient_id = ?",
                Integer.class,
                p.getLead().getId());
        assertThat(after).isEqualTo(before + 1);
        assertThat(_find(ContactLeadDialog.class)).isEmpty();
    }

    @Test
    void aConcurrentUpdateThroughTheServiceIsRejected() {
        Project p = ProjectTestData.create(
                projectRecords, taxonomy, memberService, "Gribbleton concurrency", "Gribbleton.", Visibility.PUBLIC);
        signInAs(Role.MEMBER);
        Project first = projectRecords.project(p.getId()).orElseThrow();
        Project second = projectRecords.project(p.getId()).orElseThrow();
        first.setAims("first");
        projectRecords.update(first);
        second.setAims("second");
        assertThatThrownBy(() -> projectRecords.update(second)).isInstanceOf(ConcurrentEditException.class);
    }
}
