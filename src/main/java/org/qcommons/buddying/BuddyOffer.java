package org.qcommons.buddying;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;
import org.qcommons.base.AbstractEntity;
import org.qcommons.people.Member;
import org.qcommons.skills.Skill;

/** An experienced member's offer to buddy newcomers. The region comes from the member's STP. */
@Entity
@Table(name = "buddy_offer")
public class BuddyOffer extends AbstractEntity {

    public static final int DEFAULT_CAPACITY = 2;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "member_id", updatable = false)
    private Member member;

    @NotEmpty(message = "Choose at least one skill you can help with")
    @ManyToMany(fetch = FetchType.EAGER)
    @JoinTable(
            name = "buddy_offer_skill",
            joinColumns = @JoinColumn(name = "offer_id"),
            inverseJoinColumns = @JoinColumn(name = "skill_id"))
    private Set<Skill> skills = new HashSet<>();

    @Min(value = 1, message = "Take at least one buddy, or withdraw your offer instead")
    @Max(value = 6, message = "Six buddies at once is the most we ask of anyone")
    @Column(nullable = false)
    private int capacity = DEFAULT_CAPACITY;

    @NotEmpty(message = "Choose at least one way to meet")
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "buddy_offer_mode", joinColumns = @JoinColumn(name = "offer_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "mode", nullable = false, length = 20)
    private Set<BuddyMode> modes = EnumSet.allOf(BuddyMode.class);

    @Size(max = 1000, message = "Use 1,000 characters or fewer")
    private String note;

    @Column(nullable = false)
    private boolean active = true;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected BuddyOffer() {}

    public BuddyOffer(Member member) {
        this.member = member;
    }

    public Member getMember() {
        return member;
    }

    public Set<Skill> getSkills() {
        return skills;
    }

    public void setSkills(Set<Skill> skills) {
        this.skills = skills == null ? new HashSet<>() : new HashSet<>(skills);
    }

    public int getCapacity() {
        return capacity;
    }

    public void setCapacity(int capacity) {
        this.capacity = capacity;
    }

    public Set<BuddyMode> getModes() {
        return modes;
    }

    public void setModes(Set<BuddyMode> modes) {
        this.modes = modes == null ? new HashSet<>() : new HashSet<>(modes);
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    /** Dated when first saved, by the service's clock. */
    void stampCreated(Instant now) {
        if (createdAt == null) {
            createdAt = now;
        }
    }
}
