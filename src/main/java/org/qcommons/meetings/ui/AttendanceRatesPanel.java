package org.qcommons.meetings.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import org.qcommons.meetings.AttendanceRate;
import org.qcommons.meetings.AttendanceService;
import org.qcommons.meetings.MeetingGroup;

/** Attendance per member and for the group; the pilot's groups averaged 80%. */
class AttendanceRatesPanel extends VerticalLayout {

    final Grid<AttendanceRate> grid = new Grid<>(AttendanceRate.class, false);
    final Paragraph summary = new Paragraph();

    AttendanceRatesPanel(MeetingGroup group, AttendanceService attendance) {
        setPadding(false);
        var rates = attendance.attendanceRates(group);
        summary.setText(
                rates.isEmpty()
                        ? "No attendance has been recorded yet."
                        : "Group attendance: " + attendance.groupAttendancePercent(group)
                                + "% of seats filled at recorded meetings " + "(the pilot groups averaged 80%).");
        grid.addColumn(AttendanceRate::name)
                .setHeader("Member")
                .setKey("name")
                .setSortable(true)
                .setAutoWidth(true);
        grid.addColumn(AttendanceRate::present).setHeader("Present").setKey("present");
        grid.addColumn(AttendanceRate::apologies).setHeader("Apologies").setKey("apologies");
        grid.addColumn(AttendanceRate::absent).setHeader("Absent").setKey("absent");
        grid.addColumn(r -> r.percent() + "%")
                .setHeader("Rate")
                .setKey("rate")
                .setComparator(AttendanceRate::percent)
                .setSortable(true);
        grid.setItems(rates);
        grid.setAllRowsVisible(true);
        add(summary, grid);
    }
}
