package org.qcommons.meetings;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import org.qcommons.base.AbstractEntity;

/** The "Minutes of the last meeting" item that opens a meeting's agenda, and the meeting whose minutes it approves. */
@Entity
@Table(name = "mtg_minutes_approval_item")
public class MinutesApprovalItem extends AbstractEntity {

    @OneToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "agenda_item_id", nullable = false)
    private AgendaItem agendaItem;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "previous_meeting_id", nullable = false)
    private Meeting previousMeeting;

    protected MinutesApprovalItem() {}

    MinutesApprovalItem(AgendaItem agendaItem, Meeting previousMeeting) {
        this.agendaItem = agendaItem;
        this.previousMeeting = previousMeeting;
    }

    public AgendaItem getAgendaItem() {
        return agendaItem;
    }

    public Meeting getPreviousMeeting() {
        return previousMeeting;
    }
}
