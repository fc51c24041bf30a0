package org.qcommons.meetings;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.qcommons.base.AbstractEntity;
import org.qcommons.people.Member;

/** Who sat in a seat at one meeting; the member is copied so rates stay right after a seat changes hands. */
@Entity
@Table(name = "mtg_attendance")
public class Attendance extends AbstractEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "meeting_id", nullable = false)
    private Meeting meeting;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "seat_id", nullable = false)
    private Seat seat;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "member_id")
    private Member member;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private AttendanceStatus status;

    protected Attendance() {}

    Attendance(Meeting meeting, Seat seat, Member member, AttendanceStatus status) {
        this.meeting = meeting;
        this.seat = seat;
        this.member = member;
        this.status = status;
    }

    public Meeting getMeeting() {
        return meeting;
    }

    public Seat getSeat() {
        return seat;
    }

    public Member getMember() {
        return member;
    }

    public AttendanceStatus getStatus() {
        return status;
    }

    void setStatus(AttendanceStatus status) {
        this.status = status;
    }

    void setMember(Member member) {
        this.member = member;
    }
}
