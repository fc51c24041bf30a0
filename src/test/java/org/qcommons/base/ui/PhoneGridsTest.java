package org.qcommons.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import java.util.Arrays;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PhoneGridsTest {

    private Grid<String> grid;
    private Grid.Column<String> name;
    private Grid.Column<String> length;
    private Grid.Column<String> hidden;
    private Grid.Column<String> stacked;

    @BeforeEach
    void grid() {
        MockVaadin.setup();
        grid = new Grid<>();
        name = grid.addColumn(s -> s).setHeader("Name");
        length = grid.addColumn(String::length).setHeader("Length");
        hidden = grid.addColumn(s -> s).setHeader("Hidden");
        hidden.setVisible(false);
        stacked = PhoneGrids.stackOnPhones(grid, "Word", s -> new Span(s));
    }

    @AfterEach
    void tearDown() {
        MockVaadin.tearDown();
    }

    @Test
    void aPhoneSeesOnlyTheStackedColumnWithWrappedCells() {
        PhoneGrids.layout(grid, stacked, 375);

        assertThat(grid.getColumns().stream().filter(Grid.Column::isVisible)).containsExactly(stacked);
        assertThat(grid.getThemeNames()).contains(GridVariant.LUMO_WRAP_CELL_CONTENT.getVariantName());
    }

    @Test
    void widerAgainTheUsualColumnsComeBackAndAHiddenOneStaysHidden() {
        PhoneGrids.layout(grid, stacked, 375);
        PhoneGrids.layout(grid, stacked, 1280);

        assertThat(grid.getColumns().stream().filter(Grid.Column::isVisible)).containsExactly(name, length);
        assertThat(grid.getThemeNames()).doesNotContain(GridVariant.LUMO_WRAP_CELL_CONTENT.getVariantName());
    }

    @Test
    void theBreakpointIsTheHeadersAndAnUnknownWidthKeepsTheTable() {
        PhoneGrids.layout(grid, stacked, PhoneGrids.NARROW_PX);
        assertThat(stacked.isVisible()).isFalse();
        PhoneGrids.layout(grid, stacked, PhoneGrids.NARROW_PX - 1);
        assertThat(stacked.isVisible()).isTrue();
        PhoneGrids.layout(grid, stacked, 0);
        assertThat(stacked.isVisible()).isFalse();
    }

    @Test
    void aCardLeavesOutEmptyFacts() {
        var card = PhoneGrids.card("Title", "one", "", null, "two");
        assertThat(card.getElement().getChildCount()).isEqualTo(3);
        assertThat(card.getElement().getText()).isEmpty();
        assertThat(card.getElement().getTextRecursively()).isEqualTo("Titleonetwo");
    }

    @Test
    void aCardWithALinkedTitleKeepsItsLinkAndPutsItsControlsLast() {
        var link = new Anchor("people/7", "Ada Lovelace");
        var move = new Button("Move");
        var card = PhoneGrids.card(link, Arrays.asList("ada@example.org", null, " ", "Leeds"), move);

        assertThat(card.getElement().getChildren().map(e -> e.getTextRecursively()))
                .containsExactly("Ada Lovelace", "ada@example.org", "Leeds", "Move");
        assertThat(card.getElement().getChild(0)).isEqualTo(link.getElement());
        assertThat(link.getClassNames()).contains("grid-card-title");
    }
}
