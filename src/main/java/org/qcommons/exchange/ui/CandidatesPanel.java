package org.qcommons.exchange.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.List;
import java.util.Locale;
import org.qcommons.base.ui.LostFocus;
import org.qcommons.base.ui.UserMessages;
import org.qcommons.exchange.ExchangeService;
import org.qcommons.exchange.ExpertiseRequest;
import org.qcommons.exchange.MatchScorer;
import org.qcommons.exchange.MatchingService;
import org.qcommons.exchange.RequestStatus;

/** Ranked candidates with every part of their score, so the coordinator can see why and overrule the order. */
class CandidatesPanel extends VerticalLayout {

    final Grid<MatchScorer.Score> grid = new Grid<>();
    private final MatchingService matching;
    private final ExchangeService exchanges;
    private final ExpertiseRequest request;
    private final boolean canInvite;
    private final Runnable onInvited;

    CandidatesPanel(
            ExpertiseRequest request,
            MatchingService matching,
            ExchangeService exchanges,
            boolean canInvite,
            Runnable onInvited) {
        this.request = request;
        this.matching = matching;
        this.exchanges = exchanges;
        this.canInvite = canInvite && request.getStatus() == RequestStatus.OPEN;
        this.onInvited = onInvited;
        setPadding(false);
        grid.addColumn(s -> s.candidate().fullName())
                .setHeader("Candidate")
                .setAutoWidth(true)
                .setKey("name");
        grid.addColumn(s -> s.candidate().organisationName())
                .setHeader("Organisation")
                .setFlexGrow(2);
        grid.addColumn(s -> s.where().label()).setHeader("Where");
        grid.addColumn(s -> points(s.skillFit(), MatchScorer.SKILL_WEIGHT))
                .setHeader("Skill fit")
                .setTextAlign(ColumnTextAlign.END)
                .setKey("skill");
        grid.addColumn(s -> points(s.availability(), MatchScorer.AVAILABILITY_WEIGHT))
                .setHeader("Availability")
                .setTextAlign(ColumnTextAlign.END)
                .setKey("availability");
        grid.addColumn(s -> points(s.proximity(), MatchScorer.PROXIMITY_WEIGHT))
                .setHeader("Proximity")
                .setTextAlign(ColumnTextAlign.END)
                .setKey("proximity");
        grid.addColumn(s -> points(s.fairness(), MatchScorer.FAIRNESS_WEIGHT) + " ("
                        + s.candidate().memberDaysGivenRecently() + "/"
                        + s.candidate().organisationDaysGivenRecently() + " days)")
                .setHeader("Fairness")
                .setTextAlign(ColumnTextAlign.END)
                .setKey("fairness")
                .setTooltipGenerator(s -> "Days given in the last year by the person / by their organisation");
        grid.addColumn(s -> String.format(Locale.UK, "%.1f", s.total()))
                .setHeader("Total")
                .setTextAlign(ColumnTextAlign.END)
                .setKey("total");
        if (this.canInvite) {
            grid.addComponentColumn(s -> {
                        Button invite = new Button("Invite", e -> invite(s));
                        invite.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_PRIMARY);
                        invite.setAriaLabel("Invite " + s.candidate().fullName());
                        return invite;
                    })
                    .setKey("invite")
                    .setAutoWidth(true);
        }
        grid.setEmptyStateText("No candidates: nobody at another signatory below its lending cap offers these skills.");
        grid.setAllRowsVisible(true);
        add(
                new H3("Candidates"),
                new Paragraph("Drawn only from other signatory organisations below their lending cap. "
                        + "Points: skill fit out of " + MatchScorer.SKILL_WEIGHT
                        + ", availability in the window out of "
                        + MatchScorer.AVAILABILITY_WEIGHT + ", proximity out of " + MatchScorer.PROXIMITY_WEIGHT
                        + " (same STP, then same region, unless remote) and fairness out of "
                        + MatchScorer.FAIRNESS_WEIGHT
                        + " (fewer days given recently ranks higher)."),
                grid);
        refresh();
    }

    void refresh() {
        List<MatchScorer.Score> ranked = matching.candidates(request.getId());
        grid.setItems(ranked);
    }

    private void invite(MatchScorer.Score s) {
        try {
            exchanges.invite(request.getId(), s.candidate().memberId());
            UserMessages.showSuccess(s.candidate().fullName() + " has been invited");
            refresh();
            onInvited.run();
            // The pressed Invite button was re-rendered away with its row.
            LostFocus.moveToView();
        } catch (RuntimeException ex) {
            UserMessages.showError(ex);
        }
    }

    private static String points(double value, int outOf) {
        return String.format(Locale.UK, "%.1f / %d", value, outOf);
    }
}
