package org.qcommons.governance;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import org.qcommons.base.AbstractEntity;
import org.qcommons.meetings.MeetingGroup;
import org.qcommons.meetings.SeatRole;

/** An election for some of a group's seats, from nominations to the elected taking their seats. */
@Entity
@Table(name = "gov_election")
public class Election extends AbstractEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "group_id", nullable = false)
    private MeetingGroup group;

    @Column(nullable = false, length = 200)
    private String title;

    @Column(nullable = false)
    private int seats;

    @Enumerated(EnumType.STRING)
    @Column(name = "seat_role", nullable = false, length = 30)
    private SeatRole seatRole = SeatRole.MEMBER;

    @Column(name = "nominations_open", nullable = false)
    private LocalDate nominationsOpen;

    @Column(name = "nominations_close", nullable = false)
    private LocalDate nominationsClose;

    @Column(name = "voting_open", nullable = false)
    private LocalDate votingOpen;

    @Column(name = "voting_close", nullable = false)
    private LocalDate votingClose;

    @Column(name = "term_start", nullable = false)
    private LocalDate termStart;

    @Column(name = "term_end", nullable = false)
    private LocalDate termEnd;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ElectionStatus status = ElectionStatus.NOMINATIONS;

    @Column(name = "lot_seed", nullable = false)
    private long lotSeed;

    @Column(length = 1000)
    private String outcome;

    @Column(name = "counted_at")
    private Instant countedAt;

    @Column(name = "published_at")
    private Instant publishedAt;

    @Column(name = "seated_at")
    private Instant seatedAt;

    /** When voting opened and the electorate was fixed (decision 133); null until then. */
    @Column(name = "electorate_fixed_at")
    private Instant electorateFixedAt;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected Election() {}

    public Election(MeetingGroup group, String title, int seats, SeatRole seatRole) {
        this.group = group;
        this.title = title;
        this.seats = seats;
        this.seatRole = seatRole;
    }

    public boolean acceptsNominations(LocalDate today) {
        return status == ElectionStatus.NOMINATIONS
                && !today.isBefore(nominationsOpen)
                && !today.isAfter(nominationsClose);
    }

    public boolean acceptsBallots(LocalDate today) {
        return status == ElectionStatus.VOTING && !today.isBefore(votingOpen) && !today.isAfter(votingClose);
    }

    public boolean resultsOut() {
        return status == ElectionStatus.PUBLISHED;
    }

    public MeetingGroup getGroup() {
        return group;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public int getSeats() {
        return seats;
    }

    public void setSeats(int seats) {
        this.seats = seats;
    }

    public SeatRole getSeatRole() {
        return seatRole;
    }

    public void setSeatRole(SeatRole seatRole) {
        this.seatRole = seatRole;
    }

    public LocalDate getNominationsOpen() {
        return nominationsOpen;
    }

    public void setNominationsOpen(LocalDate d) {
        this.nominationsOpen = d;
    }

    public LocalDate getNominationsClose() {
        return nominationsClose;
    }

    public void setNominationsClose(LocalDate d) {
        this.nominationsClose = d;
    }

    public LocalDate getVotingOpen() {
        return votingOpen;
    }

    public void setVotingOpen(LocalDate d) {
        this.votingOpen = d;
    }

    public LocalDate getVotingClose() {
        return votingClose;
    }

    public void setVotingClose(LocalDate d) {
        this.votingClose = d;
    }

    public LocalDate getTermStart() {
        return termStart;
    }

    public void setTermStart(LocalDate d) {
        this.termStart = d;
    }

    public LocalDate getTermEnd() {
        return termEnd;
    }

    public void setTermEnd(LocalDate d) {
        this.termEnd = d;
    }

    public ElectionStatus getStatus() {
        return status;
    }

    void setStatus(ElectionStatus status) {
        this.status = status;
    }

    long getLotSeed() {
        return lotSeed;
    }

    void setLotSeed(long lotSeed) {
        this.lotSeed = lotSeed;
    }

    public String getOutcome() {
        return outcome;
    }

    void setOutcome(String outcome) {
        this.outcome = outcome;
    }

    public Instant getCountedAt() {
        return countedAt;
    }

    void setCountedAt(Instant countedAt) {
        this.countedAt = countedAt;
    }

    public Instant getPublishedAt() {
        return publishedAt;
    }

    void setPublishedAt(Instant publishedAt) {
        this.publishedAt = publishedAt;
    }

    public Instant getSeatedAt() {
        return seatedAt;
    }

    void setSeatedAt(Instant seatedAt) {
        this.seatedAt = seatedAt;
    }

    public Instant getElectorateFixedAt() {
        return electorateFixedAt;
    }

    void setElectorateFixedAt(Instant electorateFixedAt) {
        this.electorateFixedAt = electorateFixedAt;
    }

    void setCreatedAt(Instant createdAt) {
        this.createdAt = createdAt;
    }
}
