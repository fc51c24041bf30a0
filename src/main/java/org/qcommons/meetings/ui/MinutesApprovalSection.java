package org.qcommons.meetings.ui;

import com.vaadin.flow.component.Component;
import java.time.Clock;
import org.qcommons.meetings.AgendaService;
import org.qcommons.meetings.AmendmentService;
import org.qcommons.meetings.Meeting;
import org.qcommons.meetings.MeetingViewer;
import org.qcommons.meetings.MinutesApprovalService;
import org.springframework.core.annotation.Order;

/** Puts the minutes' approval path on every meeting page whose minutes the reader may see. */
@org.springframework.stereotype.Component
@Order(0)
class MinutesApprovalSection implements MeetingPageSection {

    private final MinutesApprovalService approval;
    private final AmendmentService amendments;
    private final AgendaService agenda;
    private final Clock clock;

    MinutesApprovalSection(
            MinutesApprovalService approval, AmendmentService amendments, AgendaService agenda, Clock clock) {
        this.approval = approval;
        this.amendments = amendments;
        this.agenda = agenda;
        this.clock = clock;
    }

    @Override
    public Component create(Meeting meeting, MeetingViewer viewer) {
        return new MinutesApprovalPanel(meeting, viewer, approval, amendments, agenda, clock);
    }
}
