package org.qcommons.buddying;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import org.qcommons.base.AbstractEntity;
import org.qcommons.people.Member;

/** One side's rating (1 to 5) and comment when a pair closes. */
@Entity
@Table(name = "buddy_feedback")
public class BuddyFeedback extends AbstractEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "pair_id", updatable = false)
    private BuddyPair pair;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "author_id", updatable = false)
    private Member author;

    @Column(nullable = false)
    private int rating;

    @Column(length = 1000)
    private String comment;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected BuddyFeedback() {}

    BuddyFeedback(BuddyPair pair, Member author, int rating, String comment, Instant createdAt) {
        this.createdAt = createdAt;
        this.pair = pair;
        this.author = author;
        this.rating = rating;
        this.comment = comment;
    }

    public BuddyPair getPair() {
        return pair;
    }

    public Member getAuthor() {
        return author;
    }

    public int getRating() {
        return rating;
    }

    public String getComment() {
        return comment;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
