package org.qcommons.meetings.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._get;
import static com.github.mvysny.kaributesting.v10.GridKt._getCellComponent;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.grid.Grid;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.qcommons.base.security.Role;
import org.qcommons.meetings.MeetingGroup;
import org.qcommons.meetings.Visibility;
import org.qcommons.meetings.demo.MeetingsDemoData;
import org.qcommons.testsupport.KaribuTest;

class GroupsViewKT extends KaribuTest {

    private static List<MeetingGroup> rows(Grid<MeetingGroup> grid) {
        return IntStream.range(0, _size(grid)).mapToObj(i -> _get(grid, i)).toList();
    }

    @Test
    void anonymousVisitorsSeeOnlyPublicGroups() {
        anonymous();
        GroupsView view = navigateTo("groups", GroupsView.class);
        assertThat(rows(view.grid))
                .extracting(MeetingGroup::getSlug)
                .contains(MeetingsDemoData.WEST_SLUG, MeetingsDemoData.SOUTH_WEST_SLUG)
                .doesNotContain(MeetingsDemoData.NORTH_EAST_SLUG);
        assertThat(rows(view.grid)).allMatch(g -> g.getVisibility() == Visibility.PUBLIC);
        assertThat(view.create.isVisible()).isFalse();
    }

    @Test
    void membersSeeMembersOnlyGroupsAndConvenorsMayCreate() {
        signInAs(Role.MEMBER);
        GroupsView view = navigateTo("groups", GroupsView.class);
        assertThat(rows(view.grid)).extracting(MeetingGroup::getSlug).contains(MeetingsDemoData.NORTH_EAST_SLUG);
        assertThat(view.create.isVisible()).isFalse();

        signInAs(Role.CONVENOR);
        view = navigateTo("groups", GroupsView.class);
        assertThat(view.create.isVisible()).isTrue();
    }

    @Test
    void seatHoldersSeeWhereMinutesAreDue() {
        signInAs(Role.MEMBER);
        GroupsView view = navigateTo("groups", GroupsView.class);
        List<MeetingGroup> rows = rows(view.grid);
        int west = rows.stream().map(MeetingGroup::getSlug).toList().indexOf(MeetingsDemoData.WEST_SLUG);
        var badges = _getCellComponent(view.grid, west, "status");
        assertThat(badges.getChildren().map(c -> c.getElement().getText()).toList())
                .contains("Minutes due");

        anonymous();
        view = navigateTo("groups", GroupsView.class);
        rows = rows(view.grid);
        west = rows.stream().map(MeetingGroup::getSlug).toList().indexOf(MeetingsDemoData.WEST_SLUG);
        assertThat(_getCellComponent(view.grid, west, "status")
                        .getChildren()
                        .map(c -> c.getElement().getText())
                        .toList())
                .doesNotContain("Minutes due");
    }
}
