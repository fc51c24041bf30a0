package org.qcommons.insights.ui;

import com.vaadin.flow.spring.annotation.SpringComponent;
import java.util.LinkedHashMap;
import java.util.Map;
import org.qcommons.meetings.AttendanceService;
import org.qcommons.meetings.GroupService;
import org.qcommons.organisations.Region;
import org.springframework.context.annotation.Scope;
import org.springframework.core.annotation.Order;

/** Meeting attendance per group, as a percentage of recorded seats (the report's groups averaged 80%). */
@SpringComponent
@Scope("prototype")
@Order(95)
public class MeetingAttendancePanel extends InsightPanel {

    private final GroupService groups;
    private final AttendanceService attendance;

    public MeetingAttendancePanel(GroupService groups, AttendanceService attendance) {
        super("Meeting attendance by group (%)", "meeting-attendance", "No attendance recorded here yet.");
        this.groups = groups;
        this.attendance = attendance;
    }

    @Override
    public void update(Region region) {
        Map<String, Long> percent = new LinkedHashMap<>();
        groups.visibleGroups().stream()
                .filter(g -> region == null
                        || (g.getRegion() != null && g.getRegion().equals(region)))
                .forEach(g -> percent.put(g.getName(), (long) attendance.groupAttendancePercent(g)));
        showCounts(percent, "Group", "Attendance %", "#007f3b", true);
    }
}
