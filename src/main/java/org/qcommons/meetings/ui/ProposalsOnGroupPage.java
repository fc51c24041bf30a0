package org.qcommons.meetings.ui;

import com.vaadin.flow.component.Component;
import java.time.Clock;
import org.qcommons.meetings.GroupViewer;
import org.qcommons.meetings.MeetingGroup;
import org.qcommons.meetings.ProposalService;
import org.springframework.core.annotation.Order;

/** The "Proposals" tab: decisions between meetings, for the group's seat holders like the discussion. */
@org.springframework.stereotype.Component
@Order(10)
class ProposalsOnGroupPage implements GroupPageSection {

    private final ProposalService proposals;
    private final Clock clock;

    ProposalsOnGroupPage(ProposalService proposals, Clock clock) {
        this.proposals = proposals;
        this.clock = clock;
    }

    @Override
    public String key() {
        return "proposals";
    }

    @Override
    public String label() {
        return "Proposals";
    }

    @Override
    public Component create(MeetingGroup group, GroupViewer viewer) {
        return viewer.seatHolder() ? new ProposalsPanel(group, viewer, proposals, clock) : null;
    }
}
