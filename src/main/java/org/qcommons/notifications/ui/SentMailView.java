package org.qcommons.notifications.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.qcommons.notifications.MailStatus;
import org.qcommons.notifications.SentMailEntry;
import org.qcommons.notifications.SentMailService;

/** The mail the app has sent or is still trying to send (decision 077), newest first, for ADMINs. */
@Route("admin/mail")
@PageTitle("Sent mail | Q Commons")
@Menu(order = 94, icon = "vaadin:envelope", title = "Sent mail")
@RolesAllowed("ADMIN")
public class SentMailView extends VerticalLayout {

    static final int SHOWN = 500;

    final Grid<SentMailEntry> grid = new Grid<>();
    private final SentMailService mail;
    private final DateTimeFormatter when;

    public SentMailView(SentMailService mail, Clock clock) {
        this.mail = mail;
        this.when = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm", Locale.UK).withZone(clock.getZone());
        grid.addColumn(e -> format(e.createdAt()))
                .setKey("date")
                .setHeader("Date")
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(SentMailEntry::recipient).setHeader("Recipient").setAutoWidth(true);
        grid.addColumn(SentMailEntry::subject).setHeader("Subject").setFlexGrow(2);
        grid.addColumn(SentMailView::status)
                .setHeader("Status")
                .setAutoWidth(true)
                .setTooltipGenerator(e -> e.lastError() == null ? null : "Last error: " + e.lastError());
        grid.addColumn(SentMailEntry::attempts)
                .setHeader("Attempts")
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(e -> format(e.lastAttemptAt()))
                .setHeader("Last attempt")
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setEmptyStateText("No mail has been sent yet.");
        grid.getElement().setAttribute("aria-label", "Sent mail");
        add(
                new H2("Sent mail"),
                new Paragraph("Every email the app sends goes through an outbox: if the mail server cannot be "
                        + "reached, the email is tried again every minute until it is sent. Newest first; the latest "
                        + SHOWN + " are shown."),
                grid);
        setSizeFull();
        grid.setSizeFull();
    }

    @Override
    protected void onAttach(AttachEvent event) {
        refresh();
    }

    void refresh() {
        grid.setItems(mail.latest(SHOWN));
    }

    static String status(SentMailEntry e) {
        if (e.status() == MailStatus.FAILED) {
            return "Failed, will retry (" + e.attempts() + (e.attempts() == 1 ? " attempt)" : " attempts)");
        }
        return e.status().label();
    }

    private String format(Instant instant) {
        return instant == null ? "" : when.format(instant);
    }
}
