package org.qcommons.meetings;

import java.util.Map;
import java.util.Optional;
import org.qcommons.base.audit.AuditAccessPolicy;
import org.springframework.stereotype.Component;

/** The history of agenda items (with their minutes) and decisions is for those who manage the group. */
@Component
class MeetingAuditPolicy implements AuditAccessPolicy {

    private final AgendaItemRepository items;
    private final DecisionRepository decisions;
    private final GroupAccess access;
    private final SeatRepository seats;

    MeetingAuditPolicy(
            AgendaItemRepository items, DecisionRepository decisions, GroupAccess access, SeatRepository seats) {
        this.items = items;
        this.decisions = decisions;
        this.access = access;
        this.seats = seats;
    }

    @Override
    public Map<String, Class<?>> auditedTypes() {
        return Map.of("agenda-item", AgendaItem.class, "decision", Decision.class, "seat", Seat.class);
    }

    @Override
    public boolean maySeeHistory(Class<?> type, Long id) {
        Optional<Meeting> meeting = type == AgendaItem.class
                ? items.findById(id).map(AgendaItem::getMeeting)
                : type == Decision.class ? decisions.findById(id).map(Decision::getMeeting) : Optional.empty();
        if (type == Seat.class) {
            return seats.findById(id)
                    .map(s -> access.viewer(s.getGroup()).canManage())
                    .orElse(false);
        }
        return meeting.map(m -> access.viewer(m.getGroup()).canManage()).orElse(false);
    }
}
