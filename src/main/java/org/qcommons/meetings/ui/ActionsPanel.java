package org.qcommons.meetings.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.qcommons.base.ui.PhoneGrids;
import org.qcommons.base.ui.UserMessages;
import org.qcommons.meetings.ActionItem;
import org.qcommons.meetings.ActionService;
import org.qcommons.meetings.ActionStatus;
import org.qcommons.meetings.Meeting;
import org.qcommons.meetings.MeetingViewer;
import org.qcommons.people.Member;

/**
 * Actions in a grid with owner, due date and status. Used twice: for actions agreed at this meeting, and for
 * "Actions from the last meeting" (open actions carried onto this agenda).
 */
class ActionsPanel extends VerticalLayout {

    final Grid<ActionItem> grid = new Grid<>(ActionItem.class, false);
    final TextField description = new TextField("Action");
    final ComboBox<Member> owner = new ComboBox<>("Owner");
    final DatePicker due = new DatePicker("Due");
    final Button add = new Button("Add action");
    private final Meeting meeting;
    private final ActionService actions;
    private final boolean carried;
    private final boolean editStatus;
    /** Each row's status select, so a refresh after a status change updates them in place (see {@link #refresh()}). */
    private final Map<Long, Select<ActionStatus>> selects = new HashMap<>();
    /** The same for the selects in the phone's cards. */
    private final Map<Long, Select<ActionStatus>> cardSelects = new HashMap<>();

    private List<List<Object>> shown = List.of();

    ActionsPanel(Meeting meeting, MeetingViewer can, ActionService actions, boolean carried) {
        this.meeting = meeting;
        this.actions = actions;
        this.carried = carried;
        this.editStatus = carried ? can.seatHolder() : can.edit();
        setPadding(false);
        grid.addColumn(ActionItem::getDescription)
                .setHeader("Action")
                .setKey("description")
                .setFlexGrow(1);
        grid.addColumn(a -> a.getOwnerName() == null ? "" : a.getOwnerName())
                .setHeader("Owner")
                .setKey("owner")
                .setAutoWidth(true);
        grid.addColumn(a -> Formats.shortDate(a.getDueDate()))
                .setHeader("Due")
                .setKey("due")
                .setAutoWidth(true);
        grid.addComponentColumn(a -> status(a, selects))
                .setHeader("Status")
                .setKey("status")
                .setAutoWidth(true);
        PhoneGrids.stackOnPhones(
                grid,
                "Action",
                a -> PhoneGrids.card(
                        status(a, cardSelects),
                        a.getDescription(),
                        a.getOwnerName() == null ? "" : "Owner: " + a.getOwnerName(),
                        a.getDueDate() == null ? "" : "Due " + Formats.shortDate(a.getDueDate())));
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText(carried ? "No open actions from earlier actions." : "No actions recorded.");
        add(new H3(carried ? "Actions from the last meeting" : "Actions"), grid);
        if (!carried && can.edit()) {
            List<Member> holders = actions.seatHolders(meeting);
            owner.setItems(holders);
            owner.setItemLabelGenerator(Member::getFullName);
            description.setMaxLength(1000);
            description.setWidth("24rem");
            add.addThemeVariants(ButtonVariant.LUMO_SMALL);
            add.addClickListener(e -> {
                if (description.isEmpty()) {
                    description.setInvalid(true);
                    description.setErrorMessage("Describe the action");
                    return;
                }
                try {
                    actions.addAction(
                            meeting.getId(),
                            description.getValue(),
                            owner.getValue() == null ? null : owner.getValue().getId(),
                            due.getValue());
                    description.clear();
                    owner.clear();
                    due.clear();
                } catch (RuntimeException ex) {
                    UserMessages.showError(ex);
                }
            });
            HorizontalLayout form = new HorizontalLayout(description, owner, due, add);
            form.setAlignItems(Alignment.BASELINE);
            form.setWrap(true);
            add(form);
        }
        refresh();
    }

    void refresh() {
        List<ActionItem> items = carried ? actions.carriedActions(meeting) : actions.actions(meeting);
        List<List<Object>> fresh =
                items.stream().map(ActionsPanel::shownApartFromStatus).toList();
        // Replacing the rows replaces the select the user has just changed, and focus drops out of the page:
        // when only statuses changed, the selects are updated in place instead.
        if (fresh.equals(shown)
                && selects.keySet()
                        .containsAll(items.stream().map(ActionItem::getId).toList())) {
            items.forEach(a -> {
                selects.get(a.getId()).setValue(a.getStatus());
                if (cardSelects.containsKey(a.getId())) {
                    cardSelects.get(a.getId()).setValue(a.getStatus());
                }
            });
        } else {
            selects.clear();
            cardSelects.clear();
            shown = fresh;
            grid.setItems(items);
        }
    }

    private Component status(ActionItem a, Map<Long, Select<ActionStatus>> shownIn) {
        if (!editStatus) {
            return Formats.badge(a.getStatus().label(), a.getStatus() == ActionStatus.OPEN ? "" : "success");
        }
        Select<ActionStatus> status = new Select<>();
        status.setItems(ActionStatus.values());
        status.setItemLabelGenerator(ActionStatus::label);
        status.setValue(a.getStatus());
        status.setAriaLabel("Status of " + a.getDescription());
        shownIn.put(a.getId(), status);
        status.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                try {
                    actions.setActionStatus(a.getId(), e.getValue(), meeting.getId());
                } catch (RuntimeException ex) {
                    UserMessages.showError(ex);
                }
            }
        });
        return status;
    }

    private static List<Object> shownApartFromStatus(ActionItem a) {
        return Arrays.asList(
                a.getId(),
                a.getDescription(),
                a.getOwner() == null ? null : a.getOwner().getId(),
                a.getDueDate());
    }
}
