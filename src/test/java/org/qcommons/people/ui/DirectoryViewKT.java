package org.qcommons.people.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._get;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import org.junit.jupiter.api.Test;
import org.qcommons.base.security.Role;
import org.qcommons.organisations.OrganisationService;
import org.qcommons.people.Member;
import org.qcommons.security.ui.LoginView;
import org.qcommons.testsupport.Fields;
import org.qcommons.testsupport.KaribuTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

class DirectoryViewKT extends KaribuTest {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    OrganisationService organisations;

    @Test
    void anonymousVisitorsAreSentToSignIn() {
        anonymous();
        UI.getCurrent().navigate("people");
        assertThat(currentView()).isInstanceOf(LoginView.class);
    }

    @Test
    void listsOnlyConsentingActiveMembers() {
        signInAs(Role.MEMBER);
        DirectoryView view = navigateTo("people", DirectoryView.class);
        @SuppressWarnings("unchecked")
        Grid<Member> grid = _get(Grid.class);
        int consenting = jdbc.queryForObject(
                "select count(*) from member where status = 'ACTIVE' and directory_consent = true", Integer.class);
        int everyone = jdbc.queryForObject("select count(*) from member", Integer.class);
        assertThat(_size(grid)).isEqualTo(consenting).isLessThan(everyone);
        for (int i = 0; i < 20; i++) {
            assertThat(_get(grid, i).isDirectoryConsent()).isTrue();
        }
        assertThat(view).isNotNull();
    }

    @Test
    void filtersByNameAndRegionAndPutsThemInTheUrl() {
        signInAs(Role.MEMBER);
        DirectoryView view = navigateTo("people", DirectoryView.class);
        @SuppressWarnings("unchecked")
        Grid<Member> grid = _get(Grid.class);
        int all = _size(grid);
        Fields.setValue(view.name, "Alex Member");
        assertThat(_size(grid)).isEqualTo(1);
        assertThat(_get(grid, 0).getFullName()).isEqualTo("Alex Member");

        Fields.setValue(view.name, "");
        var west = organisations.regions().stream()
                .filter(r -> r.getSlug().equals("west-of-england"))
                .findFirst()
                .orElseThrow();
        Fields.setValue(view.region, west);
        int inWest = _size(grid);
        assertThat(inWest).isGreaterThan(0).isLessThan(all);
        for (int i = 0; i < inWest; i++) {
            assertThat(_get(grid, i).getRegion().getSlug()).isEqualTo("west-of-england");
        }
    }

    @Test
    void restoresFiltersFromTheUrl() {
        signInAs(Role.MEMBER);
        DirectoryView view =
                navigateTo("people?region=north-east-and-north-cumbria&profession=Nurse", DirectoryView.class);
        assertThat(view.region.getValue().getName()).isEqualTo("North East and North Cumbria");
        @SuppressWarnings("unchecked")
        Grid<Member> grid = _get(Grid.class);
        for (int i = 0; i < _size(grid); i++) {
            assertThat(_get(grid, i).getProfession()).isEqualTo("Nurse");
        }
    }

    @Test
    void aProfileWithoutConsentIsNotFoundForOtherMembers() {
        signInAs(Role.MEMBER);
        Long hidden = jdbc.queryForObject(
                "select min(id) from member where directory_consent = false and status = 'ACTIVE'", Long.class);
        UI.getCurrent().navigate("people/" + hidden);
        assertThat(currentView()).isNotInstanceOf(ProfileView.class);

        signInAs(Role.ADMIN);
        UI.getCurrent().navigate("people/" + hidden);
        assertThat(currentView()).isInstanceOf(ProfileView.class);
    }
}
