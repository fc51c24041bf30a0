package org.qcommons.meetings.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import org.qcommons.meetings.Decision;
import org.qcommons.meetings.DecisionService;
import org.qcommons.meetings.GroupViewer;
import org.qcommons.meetings.MeetingGroup;
import org.qcommons.meetings.Proposal;
import org.qcommons.meetings.ProposalService;

/** Decisions from published minutes (and, for seat holders, drafts), with the reviews that are due. */
class GroupDecisionsPanel extends VerticalLayout {

    final Grid<Decision> decisions = new Grid<>(Decision.class, false);
    final Grid<Decision> reviews = new Grid<>(Decision.class, false);

    final Grid<Proposal> between = new Grid<>(Proposal.class, false);

    GroupDecisionsPanel(MeetingGroup group, GroupViewer can, DecisionService service, ProposalService proposals) {
        setPadding(false);
        if (can.seatHolder()) {
            reviews.addColumn(d -> Formats.shortDate(d.getReviewDate()))
                    .setHeader("Review by")
                    .setKey("review")
                    .setAutoWidth(true);
            reviews.addColumn(Decision::getText)
                    .setHeader("Decision")
                    .setKey("text")
                    .setFlexGrow(1);
            reviews.setItems(service.reviewsDue(group));
            reviews.setAllRowsVisible(true);
            reviews.setEmptyStateText("No decisions are due for review in the next 30 days.");
            add(new H3("Reviews due"), reviews);
        }
        decisions
                .addColumn(d -> Formats.shortDate(d.getMeeting().getStartsAt().toLocalDate()))
                .setHeader("Meeting")
                .setKey("meeting")
                .setAutoWidth(true);
        decisions
                .addColumn(Decision::getText)
                .setHeader("Decision")
                .setKey("text")
                .setFlexGrow(1);
        decisions
                .addColumn(d -> Formats.shortDate(d.getReviewDate()))
                .setHeader("Review date")
                .setKey("review")
                .setAutoWidth(true);
        decisions.setItems(service.publishedDecisions(group));
        decisions.setAllRowsVisible(true);
        decisions.setEmptyStateText("No decisions have been published yet.");
        add(new H3("Decisions"), decisions);
        between.addColumn(p -> Formats.shortDate(p.getClosesOn()))
                .setHeader("Closed")
                .setKey("decided")
                .setAutoWidth(true);
        between.addColumn(Proposal::getDecisionText)
                .setHeader("Decision")
                .setKey("text")
                .setFlexGrow(1);
        between.addColumn(p -> Formats.shortDate(p.getReviewDate()))
                .setHeader("Review date")
                .setKey("review")
                .setAutoWidth(true);
        between.setItems(proposals.decisions(group));
        between.setAllRowsVisible(true);
        between.setEmptyStateText("No decisions have been made between meetings.");
        add(new H3("Decisions between meetings"), between);
        if (!can.seatHolder()) {
            add(new Paragraph("Only decisions in approved, published minutes, and those recorded between meetings,"
                    + " are shown."));
        }
    }
}
