package org.qcommons.meetings;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.hibernate.envers.Audited;
import org.hibernate.envers.RelationTargetAuditMode;
import org.qcommons.base.AbstractEntity;

/** An item on a meeting's agenda; the minutes for the item are written against it. */
// Changes to minutes and decisions are kept in the audit trail (docs/security.md).
@Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
@Entity
@Table(name = "mtg_agenda_item")
public class AgendaItem extends AbstractEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "meeting_id", nullable = false)
    private Meeting meeting;

    @Column(nullable = false)
    private int position;

    @NotBlank(message = "Enter a title")
    @Size(max = 200, message = "Use 200 characters or fewer")
    @Column(nullable = false, length = 200)
    private String title;

    @Size(max = 120, message = "Use 120 characters or fewer")
    private String presenter;

    @Min(value = 1, message = "Allow at least one minute")
    @Max(value = Meeting.TIME_LIMIT_MINUTES, message = "An item cannot take longer than the whole meeting")
    @Column(name = "minutes_allotted", nullable = false)
    private int minutesAllotted = 10;

    @Size(max = 1000, message = "Use 1,000 characters or fewer")
    private String declarations;

    /** Markdown, rendered through {@link MinutesRenderer}. */
    @Size(max = 60000, message = "Minutes for one item are limited to 60,000 characters")
    // A TEXT column holds 64 KB: 16,000 characters fit even when every one takes four bytes (emoji).
    @Size(max = 16_000, message = "Keep the minutes of one item to 16,000 characters or fewer")
    @Column(name = "minutes_text", columnDefinition = "TEXT")
    private String minutesText;

    /** What the item is meant to achieve: the plan of the meeting's PDSA cycle. */
    @Size(max = 500, message = "Use 500 characters or fewer")
    @Column(length = 500)
    private String aim;

    protected AgendaItem() {}

    public AgendaItem(Meeting meeting, int position, String title, String presenter, int minutesAllotted) {
        this.meeting = meeting;
        this.position = position;
        this.title = title;
        this.presenter = presenter;
        this.minutesAllotted = minutesAllotted;
    }

    public Meeting getMeeting() {
        return meeting;
    }

    public int getPosition() {
        return position;
    }

    void setPosition(int position) {
        this.position = position;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getPresenter() {
        return presenter;
    }

    public void setPresenter(String presenter) {
        this.presenter = presenter;
    }

    public int getMinutesAllotted() {
        return minutesAllotted;
    }

    public void setMinutesAllotted(int minutesAllotted) {
        this.minutesAllotted = minutesAllotted;
    }

    public String getDeclarations() {
        return declarations;
    }

    public void setDeclarations(String declarations) {
        this.declarations = declarations;
    }

    public String getAim() {
        return aim;
    }

    void setAim(String aim) {
        this.aim = aim;
    }

    public String getMinutesText() {
        return minutesText;
    }

    void setMinutesText(String minutesText) {
        this.minutesText = minutesText;
    }
}
