package org.qcommons.meetings.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import org.qcommons.base.audit.ui.HistoryView;
import org.qcommons.base.ui.LostFocus;
import org.qcommons.base.ui.UserMessages;
import org.qcommons.meetings.Decision;
import org.qcommons.meetings.DecisionService;
import org.qcommons.meetings.Meeting;
import org.qcommons.meetings.MeetingViewer;

/** Decisions taken at the meeting, each with an optional date to review it. */
class DecisionsPanel extends VerticalLayout {

    final Grid<Decision> grid = new Grid<>(Decision.class, false);
    final TextField text = new TextField("Decision");
    final DatePicker reviewDate = new DatePicker("Review by (optional)");
    final Button add = new Button("Record decision");
    private final Meeting meeting;
    private final DecisionService decisions;

    DecisionsPanel(Meeting meeting, MeetingViewer can, DecisionService decisions) {
        this.meeting = meeting;
        this.decisions = decisions;
        setPadding(false);
        grid.addColumn(Decision::getText).setHeader("Decision").setKey("text").setFlexGrow(1);
        grid.addColumn(d -> Formats.shortDate(d.getReviewDate()))
                .setHeader("Review by")
                .setKey("review")
                .setAutoWidth(true);
        if (can.edit()) {
            grid.addComponentColumn(d -> {
                        Button remove = new Button(VaadinIcon.TRASH.create(), e -> confirmRemoval(d));
                        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
                        remove.setAriaLabel("Remove decision: " + d.getText());
                        return remove;
                    })
                    .setKey("remove")
                    .setWidth("5rem")
                    .setFlexGrow(0);
        }
        if (can.manageGroup()) {
            grid.addComponentColumn(d -> HistoryView.link("History", "decision", d.getId()))
                    .setKey("history")
                    .setHeader("Changes")
                    .setAutoWidth(true)
                    .setFlexGrow(0);
        }
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText("No decisions recorded.");
        add(new H3("Decisions"), grid);
        if (can.edit()) {
            text.setId("decision-text");
            add.setId("decision-add");
            text.setMaxLength(1000);
            text.setWidth("28rem");
            add.addThemeVariants(ButtonVariant.LUMO_SMALL);
            add.addClickListener(e -> {
                if (text.isEmpty()) {
                    text.setInvalid(true);
                    text.setErrorMessage("Describe the decision");
                    return;
                }
                try {
                    decisions.addDecision(meeting.getId(), text.getValue(), reviewDate.getValue());
                    text.clear();
                    reviewDate.clear();
                } catch (RuntimeException ex) {
                    UserMessages.showError(ex);
                }
            });
            HorizontalLayout form = new HorizontalLayout(text, reviewDate, add);
            form.setAlignItems(Alignment.BASELINE);
            form.setWrap(true);
            add(form);
        }
        refresh();
    }

    /** Removing is destructive and the trash buttons sit close together, so it is confirmed first. */
    private void confirmRemoval(Decision d) {
        ConfirmDialog dialog = new ConfirmDialog(
                "Remove this decision?",
                "\u201c" + d.getText() + "\u201d will no longer be part of the meeting's record.",
                "Remove",
                ok -> {
                    try {
                        decisions.removeDecision(d.getId());
                    } catch (RuntimeException ex) {
                        UserMessages.showError(ex);
                    }
                    // The row goes, and the button the dialog gives focus back to with it, when the table refreshes.
                    LostFocus.moveToView();
                });
        dialog.setCancelable(true);
        dialog.setConfirmButtonTheme("error primary");
        dialog.open();
    }

    void refresh() {
        grid.setItems(decisions.decisions(meeting));
    }
}
