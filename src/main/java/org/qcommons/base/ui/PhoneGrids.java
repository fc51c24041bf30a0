package org.qcommons.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.function.SerializableFunction;
import com.vaadin.flow.shared.Registration;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Grids that turn into stacked cards on a phone. A table of nine columns in 340 pixels cuts every cell to a few
 * letters, so below {@link #NARROW_PX} the grid shows one column whose cell stacks the row's facts, and the usual
 * columns come back when the window widens. Done on the server from the window's width (Vaadin's own recipe for a
 * responsive grid), because a grid's columns cannot be hidden by CSS alone.
 */
public final class PhoneGrids {

    /** The same breakpoint as the header's phone layout in app.css. */
    public static final int NARROW_PX = 640;

    private static final String WIDE_COLUMNS = "qc-wide-columns";

    private PhoneGrids() {}

    /** Adds the stacked column, shown instead of the others while the window is narrower than {@link #NARROW_PX}. */
    public static <T> Grid.Column<T> stackOnPhones(
            Grid<T> grid, String header, SerializableFunction<T, Component> card) {
        Grid.Column<T> stacked = grid.addComponentColumn(card::apply)
                .setHeader(header)
                .setKey("stacked")
                .setFlexGrow(1);
        stacked.setVisible(false);
        Registration[] resize = new Registration[1];
        grid.addAttachListener(e -> {
            UI ui = e.getUI();
            var details = ui.getPage().getExtendedClientDetails();
            if (details != null && details.getWindowInnerWidth() > 0) {
                layout(grid, stacked, details.getWindowInnerWidth());
            } else {
                ui.getPage().retrieveExtendedClientDetails(d -> layout(grid, stacked, d.getWindowInnerWidth()));
            }
            resize[0] = ui.getPage().addBrowserWindowResizeListener(r -> layout(grid, stacked, r.getWidth()));
        });
        grid.addDetachListener(e -> {
            if (resize[0] != null) {
                resize[0].remove();
            }
        });
        return stacked;
    }

    /** Shows the stacked column alone on a narrow window, the columns that were visible otherwise. */
    public static <T> void layout(Grid<T> grid, Grid.Column<T> stacked, int windowWidth) {
        @SuppressWarnings("unchecked")
        List<Grid.Column<T>> wide = (List<Grid.Column<T>>) ComponentUtil.getData(grid, WIDE_COLUMNS);
        if (wide == null) {
            wide = grid.getColumns().stream()
                    .filter(c -> c != stacked && c.isVisible())
                    .toList();
            ComponentUtil.setData(grid, WIDE_COLUMNS, wide);
        }
        boolean narrow = windowWidth > 0 && windowWidth < NARROW_PX;
        wide.forEach(c -> c.setVisible(!narrow));
        stacked.setVisible(narrow);
        if (narrow) {
            grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        } else {
            grid.removeThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        }
    }

    /** A card: the row's title in bold, then one line per fact; empty facts are left out. */
    public static Component card(String title, String... facts) {
        Div card = new Div();
        card.addClassName("grid-card");
        Span heading = new Span(title);
        heading.addClassName("grid-card-title");
        card.add(heading);
        Arrays.stream(facts).filter(Objects::nonNull).filter(f -> !f.isBlank()).forEach(f -> card.add(new Div(f)));
        return card;
    }

    /** A card with a control (a button) below its facts. */
    public static Component card(Component action, String title, String... facts) {
        Component card = card(title, facts);
        card.getElement().appendChild(action.getElement());
        return card;
    }

    /**
     * A card whose title is a component (a link to the row's own page), then one line per fact, then its controls;
     * empty facts are left out.
     */
    public static Component card(Component title, List<String> facts, Component... controls) {
        Div card = new Div();
        card.addClassName("grid-card");
        title.getElement().getClassList().add("grid-card-title");
        card.add(title);
        facts.stream().filter(Objects::nonNull).filter(f -> !f.isBlank()).forEach(f -> card.add(new Div(f)));
        card.add(controls);
        return card;
    }
}
