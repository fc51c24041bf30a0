package org.qcommons.buddying;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import org.qcommons.base.AbstractEntity;
import org.qcommons.people.Member;
import org.qcommons.skills.Skill;

/** A member asking for a buddy: what they want to achieve, the skills they want help with, and preferences. */
@Entity
@Table(name = "buddy_request")
public class BuddyRequest extends AbstractEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "member_id", updatable = false)
    private Member member;

    @NotBlank(message = "Say briefly what you would like a buddy to help you with")
    @Size(max = 2000, message = "Keep your goals to 2,000 characters or fewer")
    @Column(nullable = false, length = 2000)
    private String goals;

    @ManyToMany(fetch = FetchType.EAGER)
    @JoinTable(
            name = "buddy_request_skill",
            joinColumns = @JoinColumn(name = "request_id"),
            inverseJoinColumns = @JoinColumn(name = "skill_id"))
    private Set<Skill> skills = new HashSet<>();

    @Column(name = "same_profession", nullable = false)
    private boolean sameProfession;

    @Column(name = "same_stp", nullable = false)
    private boolean sameStp;

    @Enumerated(EnumType.STRING)
    @Column(name = "preferred_mode", length = 20)
    private BuddyMode preferredMode;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private RequestStatus status = RequestStatus.WAITING;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected BuddyRequest() {}

    public BuddyRequest(Member member) {
        this.member = member;
    }

    public long daysWaiting(Instant now) {
        return Duration.between(createdAt, now).toDays();
    }

    public Member getMember() {
        return member;
    }

    public String getGoals() {
        return goals;
    }

    public void setGoals(String goals) {
        this.goals = goals;
    }

    public Set<Skill> getSkills() {
        return skills;
    }

    public void setSkills(Set<Skill> skills) {
        this.skills = skills == null ? new HashSet<>() : new HashSet<>(skills);
    }

    public boolean isSameProfession() {
        return sameProfession;
    }

    public void setSameProfession(boolean sameProfession) {
        this.sameProfession = sameProfession;
    }

    public boolean isSameStp() {
        return sameStp;
    }

    public void setSameStp(boolean sameStp) {
        this.sameStp = sameStp;
    }

    public BuddyMode getPreferredMode() {
        return preferredMode;
    }

    public void setPreferredMode(BuddyMode preferredMode) {
        this.preferredMode = preferredMode;
    }

    public RequestStatus getStatus() {
        return status;
    }

    void setStatus(RequestStatus status) {
        this.status = status;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
    /** For demo data only: a queue with realistic waiting times. */
    void backdate(Instant createdAt) {
        this.createdAt = createdAt;
    }

    /** Dated when first saved, by the service's clock. */
    void stampCreated(Instant now) {
        if (createdAt == null) {
            createdAt = now;
        }
    }
}
