package org.qcommons.governance;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import org.qcommons.people.Member;

/** A declaration made at a meeting against one agenda item; appended, never edited. */
@Entity
@Table(name = "gov_declaration")
public class MeetingDeclaration {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "meeting_id", nullable = false)
    private Long meetingId;

    @Column(name = "agenda_item_id", nullable = false)
    private Long agendaItemId;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "member_id", nullable = false)
    private Member member;

    @Column(nullable = false, length = 1000)
    private String interest;

    @Column(name = "action_taken", length = 500)
    private String actionTaken;

    @Column(name = "recorded_by", nullable = false, length = 160)
    private String recordedBy;

    @Column(name = "declared_at", nullable = false)
    private Instant declaredAt;

    protected MeetingDeclaration() {}

    MeetingDeclaration(
            Long meetingId,
            Long agendaItemId,
            Member member,
            String interest,
            String actionTaken,
            String recordedBy,
            Instant at) {
        this.meetingId = meetingId;
        this.agendaItemId = agendaItemId;
        this.member = member;
        this.interest = interest;
        this.actionTaken = actionTaken;
        this.recordedBy = recordedBy;
        this.declaredAt = at;
    }

    public Long getAgendaItemId() {
        return agendaItemId;
    }

    public Member getMember() {
        return member;
    }

    public String getInterest() {
        return interest;
    }

    public String getActionTaken() {
        return actionTaken;
    }
}
