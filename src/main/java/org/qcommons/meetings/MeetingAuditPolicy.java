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

    MeetingAuditPolicy(AgendaItemRepository items, DecisionRepository decisions, GroupAccess access) {
        this.items = items;
        this.decisions = decisions;
        this.access = access;
    }

    @Override
    public Map<String, Class<?>> auditedTypes() {
        return Map.of("agenda-item", AgendaItem.class, "decision", Decision.class);
    }

    @Override
    public boolean maySeeHistory(Class<?> type, Long id) {
        Optional<Meeting> meeting = type == AgendaItem.class
                ? items.findById(id).map(AgendaItem::getMeeting)
                : type == Decision.class ? decisions.findById(id).map(Decision::getMeeting) : Optional.empty();
        return meeting.map(m -> access.viewer(m.getGroup()).canManage()).orElse(false);
    }
}
