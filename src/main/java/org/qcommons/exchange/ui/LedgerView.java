package org.qcommons.exchange.ui;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.qcommons.base.ui.UserMessages;
import org.qcommons.exchange.LedgerService;

/** Days given and received: per organisation, between pairs, per STP, and who only takes or only gives. */
@Route("exchange/ledger")
@PageTitle("Days ledger | Q Commons")
@Menu(order = 33, icon = "vaadin:scale", title = "Days ledger")
@PermitAll
public class LedgerView extends VerticalLayout implements BeforeEnterObserver {

    final DatePicker from = new DatePicker("From");
    final DatePicker to = new DatePicker("To");
    final Grid<LedgerService.OrganisationBalance> organisations = new Grid<>();
    final Grid<LedgerService.PairBalance> pairs = new Grid<>();
    final Grid<LedgerService.StpBalance> stps = new Grid<>();
    final Span invariant = new Span();
    private final LedgerService ledger;
    private boolean restoring;

    public LedgerView(LedgerService ledger, Clock clock) {
        this.ledger = ledger;
        setSizeFull();
        from.setLocale(Locale.UK);
        to.setLocale(Locale.UK);
        LocalDate today = LocalDate.now(clock);
        from.setValue(today.minusYears(1).plusDays(1));
        to.setValue(today);
        from.addValueChangeListener(e -> changed());
        to.addValueChangeListener(e -> changed());

        organisations
                .addColumn(LedgerService.OrganisationBalance::organisation)
                .setHeader("Organisation")
                .setSortable(true)
                .setFlexGrow(2);
        organisations
                .addColumn(LedgerService.OrganisationBalance::stp)
                .setHeader("STP")
                .setSortable(true);
        organisations
                .addColumn(LedgerService.OrganisationBalance::given)
                .setHeader("Given")
                .setSortable(true)
                .setTextAlign(ColumnTextAlign.END);
        organisations
                .addColumn(LedgerService.OrganisationBalance::received)
                .setHeader("Received")
                .setSortable(true)
                .setTextAlign(ColumnTextAlign.END);
        organisations
                .addColumn(LedgerService.OrganisationBalance::net)
                .setHeader("Net (received − given)")
                .setSortable(true)
                .setTextAlign(ColumnTextAlign.END);
        organisations
                .addComponentColumn(b -> {
                    Span badge = new Span(b.reciprocity().label());
                    badge.getElement()
                            .getThemeList()
                            .add(
                                    b.reciprocity() == LedgerService.Reciprocity.BALANCED
                                            ? "badge success"
                                            : "badge contrast");
                    return badge;
                })
                .setHeader("Reciprocity")
                .setKey("reciprocity")
                .setAutoWidth(true);
        organisations.setEmptyStateText("No days were confirmed in this period.");

        pairs.addColumn(LedgerService.PairBalance::first)
                .setHeader("Organisation A")
                .setFlexGrow(2);
        pairs.addColumn(LedgerService.PairBalance::second)
                .setHeader("Organisation B")
                .setFlexGrow(2);
        pairs.addColumn(LedgerService.PairBalance::firstGave)
                .setHeader("A gave B")
                .setTextAlign(ColumnTextAlign.END);
        pairs.addColumn(LedgerService.PairBalance::secondGave)
                .setHeader("B gave A")
                .setTextAlign(ColumnTextAlign.END);
        pairs.addColumn(LedgerService.PairBalance::net).setHeader("Net A → B").setTextAlign(ColumnTextAlign.END);
        pairs.setEmptyStateText("No exchanges between organisations in this period.");

        stps.addColumn(LedgerService.StpBalance::stp).setHeader("STP").setFlexGrow(2);
        stps.addColumn(LedgerService.StpBalance::region).setHeader("Region");
        stps.addColumn(LedgerService.StpBalance::given).setHeader("Given").setTextAlign(ColumnTextAlign.END);
        stps.addColumn(LedgerService.StpBalance::received).setHeader("Received").setTextAlign(ColumnTextAlign.END);
        stps.addColumn(LedgerService.StpBalance::net).setHeader("Net").setTextAlign(ColumnTextAlign.END);
        stps.setEmptyStateText("No days were confirmed in this period.");

        TabSheet tabs = new TabSheet();
        tabs.add("Organisations", organisations);
        tabs.add("Between organisations", pairs);
        tabs.add("By STP", stps);
        tabs.setSizeFull();
        add(
                new H2("Days ledger"),
                new Paragraph("Every confirmed day is recorded twice: given by the lending "
                        + "organisation and received by the host, so each exchange sums to zero. Corrections are reversing "
                        + "entries; nothing is ever edited."),
                new HorizontalLayout(from, to),
                invariant,
                tabs);
        setFlexGrow(1, tabs);
        refresh();
    }

    private void changed() {
        if (restoring) {
            return;
        }
        refresh();
        if (from.getValue() != null && to.getValue() != null) {
            getUI().ifPresent(ui -> ui.getPage()
                    .getHistory()
                    .replaceState(
                            null,
                            "exchange/ledger?"
                                    + QueryParameters.simple(Map.of(
                                                    "from",
                                                    from.getValue().toString(),
                                                    "to",
                                                    to.getValue().toString()))
                                            .getQueryString()));
        }
    }

    void refresh() {
        try {
            organisations.setItems(ledger.organisationBalances(from.getValue(), to.getValue()));
            pairs.setItems(ledger.pairBalances(from.getValue(), to.getValue()));
            stps.setItems(ledger.stpBalances(from.getValue(), to.getValue()));
            LedgerService.Invariant inv = ledger.invariant();
            invariant.setText(
                    inv.holds()
                            ? "Balanced: all " + inv.entries() + " entries sum to zero."
                            : "Out of balance: " + inv.unbalancedExchanges().size() + " exchanges do not sum to zero.");
        } catch (RuntimeException ex) {
            UserMessages.showError(ex);
        }
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        QueryParameters q = event.getLocation().getQueryParameters();
        restoring = true;
        try {
            q.getSingleParameter("from").flatMap(LedgerView::parse).ifPresent(from::setValue);
            q.getSingleParameter("to").flatMap(LedgerView::parse).ifPresent(to::setValue);
        } finally {
            restoring = false;
        }
        refresh();
    }

    private static Optional<LocalDate> parse(String s) {
        try {
            return Optional.of(LocalDate.parse(s));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
