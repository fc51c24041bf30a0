package org.qcommons.meetings;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import org.qcommons.base.AbstractEntity;
import org.qcommons.people.Member;

/** A proposed amendment to the draft minutes of one agenda item. */
@Entity
@Table(name = "mtg_comment")
public class MinutesComment extends AbstractEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "agenda_item_id", nullable = false)
    private AgendaItem agendaItem;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "author_id", nullable = false)
    private Member author;

    @Column(nullable = false, length = 2000)
    private String text;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected MinutesComment() {}

    MinutesComment(AgendaItem agendaItem, Member author, String text, Instant createdAt) {
        this.createdAt = createdAt;
        this.agendaItem = agendaItem;
        this.author = author;
        this.text = text;
    }

    public AgendaItem getAgendaItem() {
        return agendaItem;
    }

    public Member getAuthor() {
        return author;
    }

    public String getText() {
        return text;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
