package org.qcommons.exchange.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import org.qcommons.base.ui.PhoneGrids;
import org.qcommons.exchange.Exchange;
import org.qcommons.exchange.ExchangeService;
import org.qcommons.exchange.ExchangeState;

/**
 * The exchanges that concern me: invitations to me, releases my organisation must decide, work it hosts. ADMINs see
 * every exchange. The rule is in the query, so no one else's exchange is ever listed.
 */
@Route("exchange/exchanges")
@PageTitle("My exchanges | Q Commons")
@Menu(order = 32, icon = "vaadin:exchange", title = "My exchanges")
@PermitAll
public class MyExchangesView extends VerticalLayout {

    final ComboBox<ExchangeState> state = new ComboBox<>("State");
    final Grid<Exchange> grid = new Grid<>(Exchange.class, false);
    private final ExchangeService exchanges;

    public MyExchangesView(ExchangeService exchanges, Clock clock) {
        this.exchanges = exchanges;
        setSizeFull();
        state.setItems(ExchangeState.values());
        state.setItemLabelGenerator(ExchangeState::label);
        state.setClearButtonVisible(true);
        state.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        grid.addColumn(e -> e.getRequest().getTitle()).setHeader("Request").setFlexGrow(2);
        grid.addColumn(e -> e.getMember().getFullName())
                .setHeader("Member")
                .setSortable(true)
                .setSortProperty("member.fullName");
        grid.addColumn(e -> e.getLender().getName()).setHeader("Lent by").setFlexGrow(2);
        grid.addColumn(e -> e.getHost().getName()).setHeader("Host").setFlexGrow(2);
        grid.addColumn(e -> e.getState().label())
                .setHeader("State")
                .setSortable(true)
                .setSortProperty("state");
        grid.addColumn(e -> exchanges.viewerOf(e).yourTurn() ? "Your turn" : "")
                .setHeader("")
                .setKey("turn");
        grid.addColumn(e -> RequestBoardView.SHORT.format(e.getUpdatedAt().atZone(clock.getZone())))
                .setHeader("Updated")
                .setSortable(true)
                .setSortProperty("updatedAt");
        PhoneGrids.stackOnPhones(
                grid,
                "Exchange",
                e -> PhoneGrids.card(
                        e.getRequest().getTitle(),
                        e.getMember().getFullName() + ", lent by "
                                + e.getLender().getName() + " to " + e.getHost().getName(),
                        e.getState().label() + (exchanges.viewerOf(e).yourTurn() ? " · Your turn" : ""),
                        "Updated "
                                + RequestBoardView.SHORT.format(e.getUpdatedAt().atZone(clock.getZone()))));
        grid.setEmptyStateText("No exchanges yet. Invitations to you and your organisation's exchanges appear here.");
        grid.addItemClickListener(e -> getUI().ifPresent(
                        ui -> ui.navigate("exchange/exchanges/" + e.getItem().getId())));
        grid.setItems(q ->
                exchanges.visibleExchanges(state.getValue(), VaadinSpringDataHelpers.toSpringPageRequest(q)).stream());
        add(
                new H2("My exchanges"),
                new Paragraph("Invitations to you, releases your organisation must decide, and "
                        + "the work your organisation hosts."),
                state,
                grid);
        setFlexGrow(1, grid);
    }
}
