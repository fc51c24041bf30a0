package org.qcommons.buddying.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.qcommons.base.Words;
import org.qcommons.base.security.CurrentUser;
import org.qcommons.base.ui.LostFocus;
import org.qcommons.base.ui.PhoneGrids;
import org.qcommons.base.ui.UserMessages;
import org.qcommons.buddying.BuddyPair;
import org.qcommons.buddying.BuddyPairService;
import org.qcommons.buddying.CheckIn;
import org.qcommons.buddying.PairRole;
import org.qcommons.buddying.PairStatus;

/**
 * One pair: who, why they were matched, what each side can do next, and the check-ins. The notes are shown only to
 * the pair; ADMINs and convenors see that check-ins happen, not what was said.
 */
@Route("buddying/pair")
@PageTitle("Buddy pair | Q Commons")
@PermitAll
public class PairView extends VerticalLayout implements HasUrlParameter<Long> {

    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);

    final HorizontalLayout actions = new HorizontalLayout();
    final Grid<CheckIn> checkIns = new Grid<>();
    final Paragraph privacy = new Paragraph();
    private final BuddyPairService pairs;
    private final Clock clock;
    private Long pairId;
    CheckInForm checkInForm;

    public PairView(BuddyPairService pairs, Clock clock) {
        this.pairs = pairs;
        this.clock = clock;
        setMaxWidth("64rem");
        checkIns.addColumn(c -> DAY.format(c.getHeldOn()))
                .setHeader("Date")
                .setAutoWidth(true)
                .setKey("date");
        checkIns.addColumn(c -> c.getMode().label()).setHeader("How").setAutoWidth(true);
        checkIns.addColumn(c -> c.getAuthor().getFullName())
                .setHeader("Recorded by")
                .setAutoWidth(true);
        checkIns.addColumn(c -> c.getNote() == null ? "" : c.getNote())
                .setHeader("Note")
                .setKey("note")
                .setFlexGrow(1);
        PhoneGrids.stackOnPhones(
                checkIns,
                "Check-in",
                c -> PhoneGrids.card(
                        DAY.format(c.getHeldOn()) + ", " + c.getMode().label(),
                        "Recorded by " + c.getAuthor().getFullName(),
                        c.getNote()));
        checkIns.setAllRowsVisible(true);
        checkIns.setEmptyStateText("No check-ins yet. Record your first meeting below.");
    }

    @Override
    public void setParameter(BeforeEvent event, Long id) {
        pairId = id;
        refresh();
    }

    void refresh() {
        BuddyPair pair = pairs.pair(pairId).orElseThrow(NotFoundException::new);
        PairRole role = pairs.roleIn(pair);
        removeAll();
        actions.removeAll();

        Span status = new Span(pair.getStatus().label());
        status.getElement().getThemeList().add(pair.getStatus() == PairStatus.ACTIVE ? "badge success" : "badge");
        H2 title = new H2(pair.getBuddy().getFullName() + " buddying "
                + pair.getNewcomer().getFullName());
        add(new HorizontalLayout(title, status));
        add(line("Goals", pair.getRequest().getGoals()));
        add(line("Why this match", pair.getReasons()));
        if (pair.getActivatedOn() != null) {
            add(line(
                    "Started",
                    DAY.format(pair.getActivatedOn())
                            + (pair.getLastCheckInOn() == null
                                    ? ""
                                    : "; last check-in " + DAY.format(pair.getLastCheckInOn()))));
        }
        if (pair.getDeclineReason() != null) {
            add(line("Declined because", pair.getDeclineReason()));
        }

        if (role.inPair()) {
            addActions(pair, role);
            add(actions);
        }

        add(new H3("Check-ins"));
        if (role.inPair()) {
            checkIns.setItems(pairs.checkIns(pairId));
            privacy.setText("Notes are visible only to the two of you.");
            add(privacy, checkIns);
            if (pair.getStatus() == PairStatus.ACTIVE) {
                checkInForm = new CheckInForm(pairs, pairId, LocalDate.now(clock), this::refreshAfterStep);
                add(checkInForm);
            }
        } else {
            privacy.setText(Words.get("buddy.checkIns", pairs.checkInCount(pairId)));
            add(privacy);
        }
    }

    private void addActions(BuddyPair pair, PairRole role) {
        String other = pair.other(CurrentUser.memberId().orElse(null)).getFullName();
        switch (pair.getStatus()) {
            case PROPOSED -> {
                if (role == PairRole.BUDDY) {
                    Button accept = action("Accept", () -> pairs.accept(pairId), "You are now " + other + "'s buddy");
                    accept.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
                    actions.add(
                            accept,
                            new Button(
                                    "Decline",
                                    e -> new DeclineDialog(other, reason -> {
                                                pairs.decline(pairId, reason);
                                                UserMessages.showSuccess(
                                                        "Declined. " + other + " goes back to the queue.");
                                                refreshAfterStep();
                                            })
                                            .open()));
                } else {
                    actions.add(new Span("Waiting for " + other + " to accept."));
                }
            }
            case ACTIVE ->
                actions.add(
                        confirmed(
                                "Pause",
                                "Pause this pair?",
                                "No check-ins or nudges until one of you resumes it.",
                                () -> pairs.pause(pairId)),
                        closeButton(other));
            case PAUSED ->
                actions.add(action("Resume", () -> pairs.resume(pairId), "Pair resumed"), closeButton(other));
            case CLOSED -> {
                if (!pairs.hasLeftFeedback(pairId)) {
                    actions.add(new Button(
                            "Leave feedback",
                            e -> new FeedbackDialog(
                                            "Your feedback",
                                            "How was buddying with " + other + "?",
                                            "Send feedback",
                                            (rating, comment) -> {
                                                pairs.leaveFeedback(pairId, rating, comment);
                                                UserMessages.showSuccess("Thank you for your feedback");
                                                refreshAfterStep();
                                            })
                                    .open()));
                }
            }
            case DECLINED -> {}
        }
    }

    private Button closeButton(String other) {
        return new Button(
                "Close pair",
                e -> new FeedbackDialog(
                                "Close this pair?",
                                "Closing ends the buddying with " + other + ". Please rate how useful it was.",
                                "Close pair",
                                (rating, comment) -> {
                                    pairs.close(pairId, rating, comment);
                                    UserMessages.showSuccess("Pair closed. Thank you.");
                                    refreshAfterStep();
                                })
                        .open());
    }

    private Button action(String text, Runnable work, String success) {
        return new Button(text, e -> run(work, success));
    }

    private Button confirmed(String text, String header, String body, Runnable work) {
        return new Button(text, e -> {
            ConfirmDialog dialog = new ConfirmDialog(header, body, text, ok -> run(work, "Done"));
            dialog.setCancelable(true);
            dialog.open();
        });
    }

    private void run(Runnable work, String success) {
        try {
            work.run();
            UserMessages.showSuccess(success);
        } catch (RuntimeException ex) {
            UserMessages.showError(ex);
        }
        refreshAfterStep();
    }

    /**
     * After a step the page is rebuilt without the button that was pressed (or with a fresh check-in form), which
     * would drop keyboard focus to the page; this puts it back at the start of the view.
     */
    private void refreshAfterStep() {
        refresh();
        LostFocus.moveToView();
    }

    private static Paragraph line(String label, String value) {
        Span l = new Span(label + ": ");
        l.addClassName("label");
        return new Paragraph(l, new Span(value == null ? "" : value));
    }
}
