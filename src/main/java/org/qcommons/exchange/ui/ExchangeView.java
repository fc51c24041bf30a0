package org.qcommons.exchange.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.qcommons.base.Words;
import org.qcommons.base.audit.AuditService;
import org.qcommons.base.audit.ui.HistoryView;
import org.qcommons.base.security.CurrentUser;
import org.qcommons.base.ui.LostFocus;
import org.qcommons.base.ui.UserMessages;
import org.qcommons.exchange.Exchange;
import org.qcommons.exchange.ExchangeAction;
import org.qcommons.exchange.ExchangeDeliveryService;
import org.qcommons.exchange.ExchangeNextStep;
import org.qcommons.exchange.ExchangeService;
import org.qcommons.exchange.ExchangeViewer;
import org.qcommons.exchange.LedgerEntry;
import org.qcommons.exchange.LedgerService;

/** One exchange and the steps the current person may take now; illegal steps are not offered, and refused if forced. */
@Route("exchange/exchanges/:id(\\d{1,18})")
@PageTitle("Exchange | Q Commons")
@PermitAll
public class ExchangeView extends VerticalLayout implements BeforeEnterObserver {

    final Map<ExchangeAction, Button> actions = new EnumMap<>(ExchangeAction.class);
    final Grid<LedgerEntry> ledgerGrid = new Grid<>(LedgerEntry.class, false);
    final Span state = new Span();
    private final ExchangeService exchanges;
    private final ExchangeDeliveryService delivery;
    private final LedgerService ledger;
    private final AuditService audit;
    private Exchange exchange;

    public ExchangeView(
            ExchangeService exchanges, ExchangeDeliveryService delivery, LedgerService ledger, AuditService audit) {
        this.audit = audit;
        this.exchanges = exchanges;
        this.delivery = delivery;
        this.ledger = ledger;
        setMaxWidth("64rem");
        button(
                ExchangeAction.ACCEPT,
                "Accept",
                () -> run(
                        () -> exchanges.accept(id()),
                        "You have accepted. Your home coordinator decides on the release."));
        button(
                ExchangeAction.DECLINE,
                "Decline",
                () -> prompt(
                        "Decline the invitation",
                        "Reason (optional)",
                        "Decline",
                        false,
                        true,
                        t -> run(() -> exchanges.decline(id(), t), "Invitation declined")));
        button(
                ExchangeAction.APPROVE_RELEASE,
                "Approve release",
                () -> prompt(
                        "Approve the release",
                        "Note (optional)",
                        "Approve",
                        false,
                        false,
                        t -> run(() -> delivery.approveRelease(id(), t), "Release approved: the exchange is agreed")));
        button(
                ExchangeAction.REFUSE_RELEASE,
                "Refuse release",
                () -> prompt(
                        "Refuse the release",
                        "Reason",
                        "Refuse",
                        true,
                        true,
                        t -> run(() -> delivery.refuseRelease(id(), t), "Release refused")));
        button(
                ExchangeAction.LOG_DAYS,
                "Log days delivered",
                () -> new LogDaysDialog(
                                exchange,
                                d -> run(() -> delivery.logDays(id(), d), "Days logged. The host will confirm them."))
                        .open());
        button(ExchangeAction.CONFIRM_DAYS, "Confirm days", this::confirmDays);
        button(
                ExchangeAction.LEAVE_FEEDBACK,
                "Leave feedback",
                () -> prompt(
                        "Feedback",
                        "How did the exchange go?",
                        "Send feedback",
                        true,
                        false,
                        t -> run(() -> delivery.leaveFeedback(id(), t), "Thank you for your feedback")));
        button(
                ExchangeAction.CANCEL,
                "Cancel exchange",
                () -> prompt(
                        "Cancel the exchange",
                        "Reason",
                        "Cancel exchange",
                        true,
                        true,
                        t -> run(() -> exchanges.cancel(id(), t), "Exchange cancelled")));
        actions.get(ExchangeAction.DECLINE).addThemeVariants(ButtonVariant.LUMO_ERROR);
        actions.get(ExchangeAction.REFUSE_RELEASE).addThemeVariants(ButtonVariant.LUMO_ERROR);
        actions.get(ExchangeAction.CANCEL).addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);

        ledgerGrid
                .addColumn(l -> l.getOrganisation().getName())
                .setHeader("Organisation")
                .setFlexGrow(2);
        ledgerGrid.addColumn(LedgerEntry::getDays).setHeader("Days");
        ledgerGrid.addColumn(LedgerEntry::getPosting).setHeader("Posting");
        ledgerGrid
                .addColumn(l -> RequestBoardView.SHORT.format(l.getEntryDate()))
                .setHeader("Date");
        ledgerGrid
                .addColumn(l -> l.getNote() == null ? "" : l.getNote())
                .setHeader("Note")
                .setFlexGrow(2);
        ledgerGrid
                .addComponentColumn(l -> HistoryView.link("History", "ledger-entry", l.getId()))
                .setHeader("Changes")
                .setKey("history")
                .setAutoWidth(true)
                .setFlexGrow(0);
        ledgerGrid.setAllRowsVisible(true);
        ledgerGrid.setEmptyStateText("No days recorded yet: entries appear when the host confirms the days.");
    }

    private void button(ExchangeAction action, String text, Runnable onClick) {
        Button b = new Button(text, e -> onClick.run());
        b.setId("action-" + action.name().toLowerCase(Locale.ROOT).replace('_', '-'));
        if (action == ExchangeAction.ACCEPT
                || action == ExchangeAction.APPROVE_RELEASE
                || action == ExchangeAction.CONFIRM_DAYS
                || action == ExchangeAction.LOG_DAYS
                || action == ExchangeAction.LEAVE_FEEDBACK) {
            b.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        }
        actions.put(action, b);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Long id = event.getRouteParameters().getLong("id").orElseThrow(NotFoundException::new);
        exchange = exchanges.exchange(id).orElseThrow(NotFoundException::new);
        render();
    }

    private Long id() {
        return exchange.getId();
    }

    void render() {
        removeAll();
        Exchange e = exchange;
        state.setText(e.getState().label());
        state.setId("exchange-state");
        state.getElement().getThemeList().add("badge");
        add(new H2(e.getRequest().getTitle()), state);
        add(new Paragraph(
                new Span(e.getMember().getFullName() + " of " + e.getLender().getName() + ", lent to "
                        + e.getHost().getName() + " · " + Words.get("exchange.daysAgreed", e.getDaysAgreed())
                        + (e.getDaysLogged() == null ? "" : " · " + Words.get("exchange.daysLogged", e.getDaysLogged()))
                        + " · "),
                new Anchor("exchange/requests/" + e.getRequest().getId(), "see the request")));
        if (e.getReason() != null) add(new Paragraph("Reason given: " + e.getReason()));
        if (e.getReleaseNote() != null) add(new Paragraph("Release note: " + e.getReleaseNote()));
        if (e.getMemberFeedback() != null) add(new Paragraph("Member's feedback: " + e.getMemberFeedback()));
        if (e.getHostFeedback() != null) add(new Paragraph("Host's feedback: " + e.getHostFeedback()));
        FlexLayout buttons = new FlexLayout();
        buttons.addClassName("actions");
        // Three or four steps side by side are wider than a phone.
        buttons.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        buttons.getStyle().set("gap", "var(--lumo-space-s)");
        ExchangeViewer viewer = exchanges.viewerOf(e);
        actions.forEach((action, button) -> {
            if (viewer.may(action)) {
                buttons.add(button);
            }
        });
        String next = ExchangeNextStep.of(e);
        if (next != null) {
            add(new Paragraph("Next: " + next));
        }
        // Cancelling is open to every party at every stage, so it alone is not this person's next step.
        boolean onlyCancel = buttons.getComponentCount() == 1 && viewer.may(ExchangeAction.CANCEL);
        if ((buttons.getComponentCount() == 0 || onlyCancel) && !e.getState().isFinished() && !CurrentUser.isAdmin()) {
            add(new Paragraph("Nothing for you to do now; you will be notified when that changes."));
        }
        if (buttons.getComponentCount() > 0) {
            add(new H3(onlyCancel ? "Other actions" : "Your next step"), buttons);
        }
        // An exchange's ledger entries are between its lender and host, so one check covers the exchange and every row.
        boolean historyReadable = audit.maySeeHistory(Exchange.class, e.getId());
        ledgerGrid.getColumnByKey("history").setVisible(historyReadable);
        add(new H3("Ledger"), ledgerGrid);
        ledgerGrid.setItems(ledger.entriesFor(e.getId()));
        if (CurrentUser.isAdmin() && !ledger.entriesFor(e.getId()).isEmpty()) {
            add(new Button(
                    "Correct the days",
                    ev -> new LogDaysDialog(
                                    e,
                                    d -> run(
                                            () -> {
                                                ledger.correct(id(), d, "Corrected by an administrator");
                                                return exchange;
                                            },
                                            "Ledger corrected with reversing entries"))
                            .open()));
        }
        if (historyReadable) {
            add(HistoryView.link("History of this exchange", "exchange", e.getId()));
        }
    }

    private void confirmDays() {
        ConfirmDialog d = new ConfirmDialog(
                "Confirm " + exchange.getDaysLogged() + " days?",
                "They will be recorded in the ledger as given by "
                        + exchange.getLender().getName() + " and received by "
                        + exchange.getHost().getName() + ". Only an administrator can correct them afterwards.",
                "Confirm days",
                ev -> run(() -> delivery.confirmDays(id()), "Days confirmed and recorded in the ledger"));
        d.setCancelable(true);
        d.open();
    }

    private void prompt(
            String title,
            String label,
            String confirm,
            boolean required,
            boolean destructive,
            Consumer<String> action) {
        new TextPromptDialog(title, label, confirm, required, destructive, action).open();
    }

    private void run(Supplier<Exchange> step, String success) {
        try {
            step.get();
            UserMessages.showSuccess(success);
        } catch (RuntimeException ex) {
            UserMessages.showError(ex);
        }
        exchange = exchanges.exchange(id()).orElse(exchange);
        render();
        // The step's button is usually gone now.
        LostFocus.moveToView();
    }
}
