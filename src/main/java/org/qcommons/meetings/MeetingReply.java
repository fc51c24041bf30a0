package org.qcommons.meetings;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import org.qcommons.base.AbstractEntity;
import org.qcommons.people.Member;

/** One member's reply to one meeting's invitation; a new reply replaces the old one. */
@Entity
@Table(name = "mtg_reply")
public class MeetingReply extends AbstractEntity {

    static final int MAX_NOTE = 500;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "meeting_id", nullable = false)
    private Meeting meeting;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "member_id", nullable = false)
    private Member member;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private ReplyAnswer answer;

    @Column(length = MAX_NOTE)
    private String note;

    @Column(name = "replied_at", nullable = false)
    private Instant repliedAt;

    protected MeetingReply() {}

    MeetingReply(Meeting meeting, Member member) {
        this.meeting = meeting;
        this.member = member;
    }

    void answer(ReplyAnswer answer, String note, Instant at) {
        this.answer = answer;
        this.note = note;
        this.repliedAt = at;
    }

    public Meeting getMeeting() {
        return meeting;
    }

    public Member getMember() {
        return member;
    }

    public ReplyAnswer getAnswer() {
        return answer;
    }

    public String getNote() {
        return note;
    }

    public Instant getRepliedAt() {
        return repliedAt;
    }
}
