package org.qcommons.governance;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;

/** When a member last confirmed their register was complete, and when they were last reminded. */
@Entity
@Table(name = "gov_interest_confirmation")
class InterestConfirmation {

    @Id
    @Column(name = "member_id")
    private Long memberId;

    @Version
    private long version;

    @Column(name = "confirmed_on")
    private LocalDate confirmedOn;

    @Column(name = "reminded_on")
    private LocalDate remindedOn;

    protected InterestConfirmation() {}

    InterestConfirmation(Long memberId) {
        this.memberId = memberId;
    }

    LocalDate getConfirmedOn() {
        return confirmedOn;
    }

    void setConfirmedOn(LocalDate confirmedOn) {
        this.confirmedOn = confirmedOn;
    }

    LocalDate getRemindedOn() {
        return remindedOn;
    }

    void setRemindedOn(LocalDate remindedOn) {
        this.remindedOn = remindedOn;
    }
}
