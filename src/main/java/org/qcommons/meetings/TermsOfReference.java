package org.qcommons.meetings;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.qcommons.base.AbstractEntity;

/**
 * One version of a group's terms of reference. Versions are never edited after saving: a change makes a new
 * numbered version, so the history shows what the group agreed and when.
 */
@Entity
@Table(name = "mtg_terms")
public class TermsOfReference extends AbstractEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "group_id", nullable = false)
    private MeetingGroup group;

    @Column(nullable = false)
    private int number;

    @Column(columnDefinition = "TEXT")
    private String purpose;

    @Column(columnDefinition = "TEXT")
    private String scope;

    @Column(columnDefinition = "TEXT")
    private String membership;

    @Column(name = "meeting_arrangements", columnDefinition = "TEXT")
    private String meetingArrangements;

    @Column(name = "ways_of_working", columnDefinition = "TEXT")
    private String waysOfWorking;

    @Column(columnDefinition = "TEXT")
    private String reporting;

    @Column(columnDefinition = "TEXT")
    private String resources;

    @Column(name = "success_criteria", columnDefinition = "TEXT")
    private String successCriteria;

    @Column(name = "review_date")
    private LocalDate reviewDate;

    @Column(name = "change_note", length = 500)
    private String changeNote;

    @Column(name = "created_by", length = 120)
    private String createdBy;

    /** Whose the version is: erasure goes by this, never by the name shown. */
    @Column(name = "created_by_id")
    private Long createdById;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    public TermsOfReference() {}

    /** A copy to edit into the next version. */
    public TermsOfReference draftNext() {
        TermsOfReference t = new TermsOfReference();
        t.purpose = purpose;
        t.scope = scope;
        t.membership = membership;
        t.meetingArrangements = meetingArrangements;
        t.waysOfWorking = waysOfWorking;
        t.reporting = reporting;
        t.resources = resources;
        t.successCriteria = successCriteria;
        t.reviewDate = reviewDate;
        return t;
    }

    /** The sections under the report's headings, in order; empty sections are left out. */
    public Map<String, String> sections() {
        Map<String, String> s = new LinkedHashMap<>();
        put(s, "Purpose", purpose);
        put(s, "Scope", scope);
        put(s, "Membership", membership);
        put(s, "Meeting arrangements", meetingArrangements);
        put(s, "Ways of working", waysOfWorking);
        put(s, "Reporting", reporting);
        put(s, "Resources", resources);
        put(s, "Success criteria", successCriteria);
        return s;
    }

    private static void put(Map<String, String> s, String heading, String text) {
        if (text != null && !text.isBlank()) {
            s.put(heading, text);
        }
    }

    void stamp(MeetingGroup group, int number, String createdBy, Long createdById, Instant createdAt) {
        this.createdById = createdById;
        this.group = group;
        this.number = number;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    public MeetingGroup getGroup() {
        return group;
    }

    public int getNumber() {
        return number;
    }

    public String getPurpose() {
        return purpose;
    }

    public void setPurpose(String purpose) {
        this.purpose = purpose;
    }

    public String getScope() {
        return scope;
    }

    public void setScope(String scope) {
        this.scope = scope;
    }

    public String getMembership() {
        return membership;
    }

    public void setMembership(String membership) {
        this.membership = membership;
    }

    public String getMeetingArrangements() {
        return meetingArrangements;
    }

    public void setMeetingArrangements(String v) {
        this.meetingArrangements = v;
    }

    public String getWaysOfWorking() {
        return waysOfWorking;
    }

    public void setWaysOfWorking(String waysOfWorking) {
        this.waysOfWorking = waysOfWorking;
    }

    public String getReporting() {
        return reporting;
    }

    public void setReporting(String reporting) {
        this.reporting = reporting;
    }

    public String getResources() {
        return resources;
    }

    public void setResources(String resources) {
        this.resources = resources;
    }

    public String getSuccessCriteria() {
        return successCriteria;
    }

    public void setSuccessCriteria(String successCriteria) {
        this.successCriteria = successCriteria;
    }

    public LocalDate getReviewDate() {
        return reviewDate;
    }

    public void setReviewDate(LocalDate reviewDate) {
        this.reviewDate = reviewDate;
    }

    public String getChangeNote() {
        return changeNote;
    }

    public void setChangeNote(String changeNote) {
        this.changeNote = changeNote;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
