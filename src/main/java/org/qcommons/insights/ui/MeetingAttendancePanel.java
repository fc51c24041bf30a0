package org.qcommons.insights.ui;

import static org.qcommons.insights.ui.Wording.t;

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
        super(t("panel.attendance"), "meeting-attendance", t("panel.attendance.empty"));
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
        showCounts(percent, t("panel.attendance.category"), t("panel.attendance.measure"), "#007f3b", true);
    }
}
