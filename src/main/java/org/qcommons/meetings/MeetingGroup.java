package org.qcommons.meetings;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.qcommons.base.AbstractEntity;
import org.qcommons.organisations.Region;

/** A Commons Stewardship Group or any other group that meets: it owns seats, terms of reference and meetings. */
@Entity
@Table(name = "mtg_group")
public class MeetingGroup extends AbstractEntity {

    @NotBlank(message = "Enter the group's name")
    @Size(max = 160, message = "Use 160 characters or fewer")
    @Column(nullable = false, length = 160)
    private String name;

    @NotBlank(message = "Enter a web address name")
    // Lookarounds and one character class rather than a repeated group: the JDK matches a repeated group by
    // recursion, which overflows the stack on a long value.
    @Pattern(regexp = "(?!-)(?!.*--)[a-z0-9-]+(?<!-)", message = "Use lower-case letters, digits and single hyphens")
    @Size(max = 160, message = "Use 160 characters or fewer")
    @Column(nullable = false, length = 160)
    private String slug;

    @NotNull(message = "Choose a kind of group")
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private GroupKind kind = GroupKind.REGIONAL_STEWARDSHIP;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "region_id")
    private Region region;

    @NotNull(message = "Choose who can read the group's material")
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Visibility visibility = Visibility.PUBLIC;

    @Size(max = 1000, message = "Use 1,000 characters or fewer")
    private String summary;

    /** One principle a line, in the group's own order. */
    @Column(name = "organising_principles", columnDefinition = "TEXT")
    private String organisingPrinciples;

    /** Secret part of the calendar feed URL; changing it revokes every subscription. */
    @Column(name = "calendar_token", nullable = false, length = 64)
    private String calendarToken;

    /** Minutes are approved when the review period ends with no open amendment, instead of at the next meeting. */
    @Column(name = "approve_by_circulation", nullable = false)
    private boolean approveByCirculation;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected MeetingGroup() {}

    public MeetingGroup(String name, String slug, GroupKind kind, Region region, Visibility visibility) {
        this.name = name;
        this.slug = slug;
        this.kind = kind;
        this.region = region;
        this.visibility = visibility;
    }

    public List<String> principles() {
        if (organisingPrinciples == null || organisingPrinciples.isBlank()) {
            return List.of();
        }
        return Arrays.stream(organisingPrinciples.split("\\R"))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .toList();
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getSlug() {
        return slug;
    }

    public void setSlug(String slug) {
        this.slug = slug;
    }

    public GroupKind getKind() {
        return kind;
    }

    public void setKind(GroupKind kind) {
        this.kind = kind;
    }

    public Region getRegion() {
        return region;
    }

    public void setRegion(Region region) {
        this.region = region;
    }

    public Visibility getVisibility() {
        return visibility;
    }

    public void setVisibility(Visibility visibility) {
        this.visibility = visibility;
    }

    public String getSummary() {
        return summary;
    }

    public void setSummary(String summary) {
        this.summary = summary;
    }

    public String getOrganisingPrinciples() {
        return organisingPrinciples;
    }

    public void setOrganisingPrinciples(String organisingPrinciples) {
        this.organisingPrinciples = organisingPrinciples;
    }

    public String getCalendarToken() {
        return calendarToken;
    }

    void setCalendarToken(String calendarToken) {
        this.calendarToken = calendarToken;
    }

    public boolean isApproveByCirculation() {
        return approveByCirculation;
    }

    public void setApproveByCirculation(boolean approveByCirculation) {
        this.approveByCirculation = approveByCirculation;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    void setCreatedAt(Instant createdAt) {
        this.createdAt = createdAt;
    }

    @Override
    public String toString() {
        return name;
    }
}
