package org.qcommons.meetings;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import org.qcommons.base.AbstractEntity;

/** A meeting of a group. Times are wall-clock times in the configured zone (Europe/London), as people in the room read them. */
@Entity
@Table(name = "mtg_meeting")
public class Meeting extends AbstractEntity {

    /** The report's groups met for two hours at most. */
    public static final int TIME_LIMIT_MINUTES = 120;
    /** Minutes are due within two weeks of the meeting. */
    public static final int MINUTES_DUE_DAYS = 14;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "group_id", nullable = false)
    private MeetingGroup group;

    @NotBlank(message = "Enter a title")
    @Size(max = 200, message = "Use 200 characters or fewer")
    @Column(nullable = false, length = 200)
    private String title;

    @NotNull(message = "Choose the date and time")
    @Column(name = "starts_at", nullable = false)
    private LocalDateTime startsAt;

    @Min(value = 15, message = "A meeting lasts at least 15 minutes")
    @Max(value = TIME_LIMIT_MINUTES, message = "Meetings last two hours at most")
    @Column(name = "duration_minutes", nullable = false)
    private int durationMinutes = TIME_LIMIT_MINUTES;

    @Size(max = 300, message = "Use 300 characters or fewer")
    private String place;

    @Size(max = 500, message = "Use 500 characters or fewer")
    @Pattern(regexp = "^$|https://\\S+", message = "Enter a link starting with https://")
    @Column(name = "video_link")
    private String videoLink;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private MeetingStatus status = MeetingStatus.PLANNED;

    /** iCalendar SEQUENCE: raised on every change so calendars update the invite they already have. */
    @Column(name = "ics_sequence", nullable = false)
    private int icsSequence;

    /** Last day attendees can propose amendments to the draft minutes. */
    @Column(name = "review_until")
    private LocalDate reviewUntil;

    @Column(name = "minutes_approved_at")
    private Instant minutesApprovedAt;

    @Size(max = 16_000, message = "Keep each part of the PDSA review to 16,000 characters or fewer")
    @Column(name = "pdsa_plan", columnDefinition = "TEXT")
    private String pdsaPlan;

    @Size(max = 16_000, message = "Keep each part of the PDSA review to 16,000 characters or fewer")
    @Column(name = "pdsa_do", columnDefinition = "TEXT")
    private String pdsaDo;

    @Size(max = 16_000, message = "Keep each part of the PDSA review to 16,000 characters or fewer")
    @Column(name = "pdsa_study", columnDefinition = "TEXT")
    private String pdsaStudy;

    @Size(max = 16_000, message = "Keep each part of the PDSA review to 16,000 characters or fewer")
    @Column(name = "pdsa_act", columnDefinition = "TEXT")
    private String pdsaAct;

    /** The one part of the linked PDSA cycle people write; plan, do, study and act come from the records. */
    @Size(max = 16_000, message = "Keep the reflection to 16,000 characters or fewer")
    @Column(name = "pdsa_reflection", columnDefinition = "TEXT")
    private String pdsaReflection;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    /** Set when the meeting is called off; the row stays so that the CANCEL invitation keeps the same UID. */
    @Column(name = "cancelled_at")
    private Instant cancelledAt;

    // Read only by the search index (MeetingSearchMapping): the inverse sides let it reindex a meeting when one of
    // its items, decisions or actions changes. Nothing in the application navigates them.
    @OneToMany(mappedBy = "meeting")
    private List<AgendaItem> agendaItems = new ArrayList<>();

    @OneToMany(mappedBy = "meeting")
    private List<Decision> decisions = new ArrayList<>();

    @OneToMany(mappedBy = "meeting")
    private List<ActionItem> actions = new ArrayList<>();

    protected Meeting() {}

    public Meeting(MeetingGroup group, String title, LocalDateTime startsAt) {
        this.group = group;
        this.title = title;
        this.startsAt = startsAt;
    }

    public ZonedDateTime startsAt(ZoneId zone) {
        return startsAt.atZone(zone);
    }

    public ZonedDateTime endsAt(ZoneId zone) {
        return startsAt(zone).plusMinutes(durationMinutes);
    }

    /** Amendments may be proposed until the end of the review day, or indefinitely when no day was set. */
    public boolean isReviewOpen(LocalDate today) {
        return reviewUntil == null || !today.isAfter(reviewUntil);
    }

    public boolean isMinutesPublished() {
        return status == MeetingStatus.MINUTES_PUBLISHED;
    }

    /** Approved minutes are the record: nothing in them changes any more, published or not. */
    public boolean isMinutesFrozen() {
        return status.atLeast(MeetingStatus.MINUTES_APPROVED);
    }

    public boolean isAgendaPublic() {
        return status.atLeast(MeetingStatus.AGENDA_PUBLISHED);
    }

    /** Held more than two weeks ago and the minutes are still not approved. */
    public boolean isMinutesDue(LocalDate today) {
        return status.atLeast(MeetingStatus.HELD)
                && !isMinutesPublished()
                && startsAt.toLocalDate().plusDays(MINUTES_DUE_DAYS).isBefore(today);
    }

    void bumpSequence() {
        icsSequence++;
    }

    public boolean isCancelled() {
        return cancelledAt != null;
    }

    public Instant getCancelledAt() {
        return cancelledAt;
    }

    void cancel(Instant at) {
        cancelledAt = at;
        icsSequence++;
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

    public LocalDateTime getStartsAt() {
        return startsAt;
    }

    public void setStartsAt(LocalDateTime startsAt) {
        this.startsAt = startsAt;
    }

    public int getDurationMinutes() {
        return durationMinutes;
    }

    public void setDurationMinutes(int durationMinutes) {
        this.durationMinutes = durationMinutes;
    }

    public String getPlace() {
        return place;
    }

    public void setPlace(String place) {
        this.place = place;
    }

    public String getVideoLink() {
        return videoLink;
    }

    public void setVideoLink(String videoLink) {
        this.videoLink = videoLink;
    }

    public MeetingStatus getStatus() {
        return status;
    }

    void setStatus(MeetingStatus status) {
        this.status = status;
    }

    public int getIcsSequence() {
        return icsSequence;
    }

    public LocalDate getReviewUntil() {
        return reviewUntil;
    }

    void setReviewUntil(LocalDate reviewUntil) {
        this.reviewUntil = reviewUntil;
    }

    public Instant getMinutesApprovedAt() {
        return minutesApprovedAt;
    }

    void setMinutesApprovedAt(Instant minutesApprovedAt) {
        this.minutesApprovedAt = minutesApprovedAt;
    }

    public String getPdsaPlan() {
        return pdsaPlan;
    }

    public void setPdsaPlan(String pdsaPlan) {
        this.pdsaPlan = pdsaPlan;
    }

    public String getPdsaDo() {
        return pdsaDo;
    }

    public void setPdsaDo(String pdsaDo) {
        this.pdsaDo = pdsaDo;
    }

    public String getPdsaStudy() {
        return pdsaStudy;
    }

    public void setPdsaStudy(String pdsaStudy) {
        this.pdsaStudy = pdsaStudy;
    }

    public String getPdsaAct() {
        return pdsaAct;
    }

    public void setPdsaAct(String pdsaAct) {
        this.pdsaAct = pdsaAct;
    }

    public String getPdsaReflection() {
        return pdsaReflection;
    }

    void setPdsaReflection(String pdsaReflection) {
        this.pdsaReflection = pdsaReflection;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    void setCreatedAt(Instant createdAt) {
        this.createdAt = createdAt;
    }

    public boolean hasPdsa() {
        return notBlank(pdsaPlan)
                || notBlank(pdsaDo)
                || notBlank(pdsaStudy)
                || notBlank(pdsaAct)
                || notBlank(pdsaReflection);
    }

    private static boolean notBlank(String s) {
        return s != null && !s.isBlank();
    }

    @Override
    public String toString() {
        return title;
    }
}
