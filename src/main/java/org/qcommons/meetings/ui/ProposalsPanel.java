package org.qcommons.meetings.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.qcommons.base.ui.UserMessages;
import org.qcommons.meetings.GroupViewer;
import org.qcommons.meetings.MeetingGroup;
import org.qcommons.meetings.Proposal;
import org.qcommons.meetings.ProposalOutcome;
import org.qcommons.meetings.ProposalResponse;
import org.qcommons.meetings.ProposalService;
import org.qcommons.meetings.Stance;

/**
 * Decisions between meetings, in the group's thread: a seat holder proposes with a closing date, everyone answers
 * with a reason the group can read, and after the close the convenor records the outcome. Text is shown as text.
 */
class ProposalsPanel extends VerticalLayout {

    final TextField title = new TextField("Proposal");
    final TextArea body = new TextArea("What you propose, and why");
    final DatePicker closesOn = new DatePicker("Responses close on");
    final Button propose = new Button("Make proposal");
    final VerticalLayout list = new VerticalLayout();

    private final MeetingGroup group;
    private final GroupViewer can;
    private final ProposalService proposals;
    private final Clock clock;

    ProposalsPanel(MeetingGroup group, GroupViewer can, ProposalService proposals, Clock clock) {
        this.group = group;
        this.can = can;
        this.proposals = proposals;
        this.clock = clock;
        setPadding(false);
        title.setMaxLength(200);
        title.setWidthFull();
        body.setMaxLength(4000);
        body.setWidthFull();
        LocalDate today = LocalDate.now(clock);
        closesOn.setLocale(java.util.Locale.UK);
        closesOn.setMin(today.plusDays(1));
        closesOn.setMax(today.plusWeeks(8));
        closesOn.setValue(today.plusWeeks(1));
        propose.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        propose.addClickListener(e -> act(() -> {
            proposals.propose(group.getId(), title.getValue(), body.getValue(), closesOn.getValue());
            title.clear();
            body.clear();
        }));
        list.setPadding(false);
        add(new H3("Make a proposal"), title, body, closesOn, propose, new H3("Proposals"), list);
        refresh();
    }

    void refresh() {
        list.removeAll();
        List<Proposal> found = proposals.proposals(group);
        if (found.isEmpty()) {
            list.add(new Paragraph("No proposals yet."));
        }
        found.forEach(p -> list.add(card(p)));
    }

    private Div card(Proposal p) {
        LocalDate today = LocalDate.now(clock);
        Div card = new Div();
        card.addClassName("proposal");
        String state = p.isDecided()
                ? p.getOutcome().label()
                : p.isOpen(today)
                        ? "Open until " + Formats.shortDate(p.getClosesOn())
                        : "Closed on " + Formats.shortDate(p.getClosesOn()) + ", awaiting the convenor";
        card.add(new H4(p.getTitle()), new Span(p.getAuthor().getFullName() + " · " + state));
        Paragraph text = new Paragraph(p.getBody());
        text.addClassName("bio");
        card.add(text);
        List<ProposalResponse> responses = proposals.responses(p.getId());
        Map<Stance, Long> counts =
                responses.stream().collect(Collectors.groupingBy(ProposalResponse::getStance, Collectors.counting()));
        card.add(new Span(java.util.Arrays.stream(Stance.values())
                .map(s -> s.label() + " " + counts.getOrDefault(s, 0L))
                .collect(Collectors.joining(" · "))));
        UnorderedList reasons = new UnorderedList();
        responses.forEach(r -> reasons.add(
                new ListItem(r.getMember().getFullName() + ": " + r.getStance().label() + ". " + r.getReason())));
        card.add(reasons);
        if (p.isDecided() && p.getDecisionText() != null) {
            card.add(new Paragraph(
                    "Decision: " + p.getDecisionText() + " (review by " + Formats.shortDate(p.getReviewDate()) + ")"));
        }
        if (p.isOpen(today)) {
            card.add(respondRow(p));
        } else if (!p.isDecided() && can.canApprove()) {
            card.add(outcomeRow(p));
        }
        return card;
    }

    private HorizontalLayout respondRow(Proposal p) {
        Select<Stance> stance = new Select<>();
        stance.setLabel("Your response");
        stance.setItems(Stance.values());
        stance.setItemLabelGenerator(Stance::label);
        TextField reason = new TextField("Reason");
        reason.setMaxLength(1000);
        reason.setWidth("24rem");
        Button send = new Button(
                "Respond", e -> act(() -> proposals.respond(p.getId(), stance.getValue(), reason.getValue())));
        HorizontalLayout row = new HorizontalLayout(stance, reason, send);
        row.setAlignItems(Alignment.BASELINE);
        row.setWrap(true);
        return row;
    }

    private HorizontalLayout outcomeRow(Proposal p) {
        Select<ProposalOutcome> outcome = new Select<>();
        outcome.setLabel("Outcome");
        outcome.setItems(ProposalOutcome.values());
        outcome.setItemLabelGenerator(ProposalOutcome::label);
        TextField decision = new TextField("Decision");
        decision.setMaxLength(1000);
        decision.setWidth("20rem");
        DatePicker review = new DatePicker("Review date");
        review.setLocale(java.util.Locale.UK);
        Button record = new Button(
                "Record outcome",
                e -> act(() -> proposals.recordOutcome(
                        p.getId(), p.getVersion(), outcome.getValue(), decision.getValue(), review.getValue())));
        record.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout row = new HorizontalLayout(outcome, decision, review, record);
        row.setAlignItems(Alignment.BASELINE);
        row.setWrap(true);
        return row;
    }

    private void act(Runnable action) {
        try {
            action.run();
            refresh();
        } catch (RuntimeException ex) {
            UserMessages.showError(ex);
        }
    }
}
