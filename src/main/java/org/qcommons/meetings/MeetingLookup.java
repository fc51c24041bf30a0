package org.qcommons.meetings;

import org.qcommons.base.BusinessException;
import org.springframework.stereotype.Component;

/** Loads what a change is about, or says in one sentence that it has gone; shared by the meetings services. */
@Component
class MeetingLookup {

    private final MeetingRepository meetings;
    private final AgendaItemRepository items;
    private final GroupRepository groups;

    MeetingLookup(MeetingRepository meetings, AgendaItemRepository items, GroupRepository groups) {
        this.meetings = meetings;
        this.items = items;
        this.groups = groups;
    }

    Meeting meeting(Long id) {
        return meetings.findWithGroup(id).orElseThrow(() -> new BusinessException("This meeting no longer exists."));
    }

    AgendaItem item(Long id) {
        return items.findWithMeeting(id).orElseThrow(() -> new BusinessException("This agenda item no longer exists."));
    }

    MeetingGroup group(Long id) {
        return groups.findById(id).orElseThrow(() -> new BusinessException("This group no longer exists."));
    }
}
