package org.qcommons.meetings;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.qcommons.base.AbstractEntity;
import org.qcommons.people.Member;

/** An action point agreed at a meeting. While open it is carried onto the group's next meeting. */
@Entity
@Table(name = "mtg_action")
public class ActionItem extends AbstractEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "meeting_id", nullable = false)
    private Meeting meeting;

    @NotBlank(message = "Describe the action")
    @Size(max = 1000, message = "Use 1,000 characters or fewer")
    @Column(nullable = false, length = 1000)
    private String description;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "owner_id")
    private Member owner;

    @Column(name = "due_date")
    private LocalDate dueDate;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ActionStatus status = ActionStatus.OPEN;

    /** The owner's name as this reader may see it; set by {@link ActionService} on every action it hands out. */
    @Transient
    private String ownerName;

    protected ActionItem() {}

    ActionItem(Meeting meeting, String description, Member owner, LocalDate dueDate) {
        this.meeting = meeting;
        this.description = description;
        this.owner = owner;
        this.dueDate = dueDate;
    }

    public Meeting getMeeting() {
        return meeting;
    }

    public String getDescription() {
        return description;
    }

    public Member getOwner() {
        return owner;
    }

    /** The owner as the reader may see them: the name only where they are a seat holder or agreed to be named. */
    public String getOwnerName() {
        return ownerName;
    }

    void showOwnerAs(String name) {
        this.ownerName = name;
    }

    /** For a detached copy handed to someone outside the group: the member record stays behind. */
    void withoutOwner() {
        this.owner = null;
    }

    public LocalDate getDueDate() {
        return dueDate;
    }

    public ActionStatus getStatus() {
        return status;
    }

    void setStatus(ActionStatus status) {
        this.status = status;
    }
}
