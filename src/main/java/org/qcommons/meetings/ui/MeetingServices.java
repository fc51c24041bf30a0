package org.qcommons.meetings.ui;

import java.time.Clock;
import org.qcommons.meetings.ActionService;
import org.qcommons.meetings.AgendaService;
import org.qcommons.meetings.AttendanceService;
import org.qcommons.meetings.DecisionService;
import org.qcommons.meetings.DiscussionService;
import org.qcommons.meetings.GroupService;
import org.qcommons.meetings.MeetingReplies;
import org.qcommons.meetings.MeetingService;
import org.qcommons.meetings.MinutesService;
import org.qcommons.meetings.PaperService;
import org.qcommons.meetings.PdsaService;
import org.qcommons.meetings.ProposalService;
import org.qcommons.meetings.SeatRoles;
import org.qcommons.meetings.TermsService;
import org.qcommons.meetings.coedit.CoEditHub;
import org.springframework.stereotype.Component;

/**
 * The meetings services a group's or a meeting's page hands to its panels, injected as one value so that the
 * views' constructors stay short; each panel takes only the services it uses. The clock gives the dates shown
 * their zone and "today".
 */
@Component
record MeetingServices(
        GroupService groups,
        MeetingService meetings,
        AgendaService agenda,
        PaperService papers,
        MinutesService minutes,
        AttendanceService attendance,
        ActionService actions,
        DecisionService decisions,
        TermsService terms,
        DiscussionService discussion,
        PostTools posts,
        MeetingReplies replies,
        CoEditHub coedit,
        ProposalService proposals,
        PdsaService pdsa,
        SeatRoles seatRoles,
        Clock clock) {}
