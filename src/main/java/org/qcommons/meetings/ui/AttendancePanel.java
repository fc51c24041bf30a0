package org.qcommons.meetings.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.qcommons.base.ui.UserMessages;
import org.qcommons.meetings.AttendanceRow;
import org.qcommons.meetings.AttendanceService;
import org.qcommons.meetings.AttendanceStatus;
import org.qcommons.meetings.Meeting;
import org.qcommons.meetings.MeetingViewer;

/** Present, apologies or absent for each seat; the convenor or administrator records it. */
class AttendancePanel extends VerticalLayout {

    final Grid<AttendanceRow> grid = new Grid<>(AttendanceRow.class, false);
    final Span summary = new Span();
    /** Each seat's select, so a refresh can update them in place instead of re-rendering the rows under the user. */
    private final Map<Long, Select<AttendanceStatus>> selects = new HashMap<>();

    private final Map<Long, Span> replies = new HashMap<>();

    private List<Long> seats = List.of();
    private final Meeting meeting;
    private final AttendanceService attendance;

    AttendancePanel(Meeting meeting, MeetingViewer can, AttendanceService attendance) {
        this.meeting = meeting;
        this.attendance = attendance;
        setPadding(false);
        grid.addColumn(AttendanceRow::name)
                .setHeader("Seat holder")
                .setKey("name")
                .setAutoWidth(true);
        grid.addColumn(AttendanceRow::role).setHeader("Role").setKey("role").setAutoWidth(true);
        grid.addComponentColumn(row -> {
                    Span reply = new Span(replyText(row));
                    replies.put(row.seatId(), reply);
                    return reply;
                })
                .setHeader("Reply")
                .setKey("reply")
                .setAutoWidth(true);
        if (can.manage()) {
            grid.addComponentColumn(row -> {
                        Select<AttendanceStatus> status = new Select<>();
                        status.setItems(AttendanceStatus.values());
                        status.setItemLabelGenerator(AttendanceStatus::label);
                        status.setPlaceholder("Not recorded");
                        status.setValue(row.status());
                        status.setAriaLabel("Attendance of " + row.name());
                        selects.put(row.seatId(), status);
                        status.addValueChangeListener(e -> {
                            if (e.isFromClient() && e.getValue() != null) {
                                try {
                                    attendance.recordAttendance(meeting.getId(), row.seatId(), e.getValue());
                                } catch (RuntimeException ex) {
                                    UserMessages.showError(ex);
                                }
                            }
                        });
                        return status;
                    })
                    .setHeader("Attendance")
                    .setKey("status")
                    .setAutoWidth(true);
        } else {
            grid.addColumn(r -> r.status() == null ? "Not recorded" : r.status().label())
                    .setHeader("Attendance")
                    .setKey("status");
        }
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText("Attendance is shown with the published minutes.");
        HorizontalLayout head = new HorizontalLayout(new H3("Attendance"), summary);
        head.setAlignItems(Alignment.BASELINE);
        add(head, grid);
        refresh();
    }

    /** The seat holder's answer to the invitation, the expected list the convenor checks against. */
    static String replyText(AttendanceRow row) {
        if (row.expected() == null) {
            return "No reply";
        }
        return row.note() == null ? row.expected().label() : row.expected().label() + ": " + row.note();
    }

    void refresh() {
        List<AttendanceRow> rows = attendance.attendance(meeting);
        List<Long> fresh = rows.stream().map(AttendanceRow::seatId).toList();
        // Replacing the rows replaces the select the convenor has just used, and focus drops out of the page:
        // while the seats are the same, only the values change.
        if (fresh.equals(seats)
                && !selects.isEmpty()
                && selects.keySet().containsAll(fresh)
                && replies.keySet().containsAll(fresh)) {
            rows.forEach(r -> {
                selects.get(r.seatId()).setValue(r.status());
                replies.get(r.seatId()).setText(replyText(r));
            });
        } else {
            selects.clear();
            replies.clear();
            seats = fresh;
            grid.setItems(rows);
        }
        long present = rows.stream()
                .filter(r -> r.status() == AttendanceStatus.PRESENT)
                .count();
        long recorded = rows.stream().filter(r -> r.status() != null).count();
        summary.setText(
                recorded == 0
                        ? ""
                        : present + " of " + rows.size() + " present (" + Math.round(100.0 * present / rows.size())
                                + "%)");
    }
}
