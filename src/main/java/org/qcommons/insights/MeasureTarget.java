package org.qcommons.insights;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.qcommons.base.AbstractEntity;
import org.qcommons.spc.SpcTarget;

/** A target in force over a period (either end may be open): assurance is judged against the one in force. */
@Entity
@Table(name = "measure_target")
public class MeasureTarget extends AbstractEntity {

    @Column(name = "measure_id", nullable = false)
    private Long measureId;

    @Column(name = "target_value", nullable = false)
    private double value;

    @Column(name = "start_date")
    private LocalDate from;

    @Column(name = "end_date")
    private LocalDate to;

    protected MeasureTarget() {}

    MeasureTarget(Long measureId, double value, LocalDate from, LocalDate to) {
        this.measureId = measureId;
        this.value = value;
        this.from = from;
        this.to = to;
    }

    public Long getMeasureId() {
        return measureId;
    }

    public double getValue() {
        return value;
    }

    public LocalDate getFrom() {
        return from;
    }

    public LocalDate getTo() {
        return to;
    }

    SpcTarget spc() {
        return new SpcTarget(value, from, to);
    }
}
