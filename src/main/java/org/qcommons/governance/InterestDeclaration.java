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
import org.qcommons.people.Member;

/** A standing declaration of interest, with the dates it runs; ended, never deleted. */
@Entity
@Table(name = "gov_interest")
public class InterestDeclaration extends AbstractEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "member_id", nullable = false)
    private Member member;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private InterestKind kind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 40)
    private InterestCategory category;

    @Column(nullable = false, length = 1000)
    private String description;

    @Column(name = "starts_on", nullable = false)
    private LocalDate startsOn;

    @Column(name = "ends_on")
    private LocalDate endsOn;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected InterestDeclaration() {}

    InterestDeclaration(Member member, InterestKind kind, String description, LocalDate startsOn, Instant at) {
        this.member = member;
        this.kind = kind;
        this.category = kind.category();
        this.description = description;
        this.startsOn = startsOn;
        this.createdAt = at;
    }

    public boolean isCurrent(LocalDate today) {
        return endsOn == null || !endsOn.isBefore(today);
    }

    public Member getMember() {
        return member;
    }

    public InterestKind getKind() {
        return kind;
    }

    public InterestCategory getCategory() {
        return category;
    }

    public String getDescription() {
        return description;
    }

    public LocalDate getStartsOn() {
        return startsOn;
    }

    public LocalDate getEndsOn() {
        return endsOn;
    }

    void setEndsOn(LocalDate endsOn) {
        this.endsOn = endsOn;
    }
}
