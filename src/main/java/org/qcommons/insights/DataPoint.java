package org.qcommons.insights;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.qcommons.base.AbstractEntity;

/** One dated value of a measure; a measure has at most one value per date. */
@Entity
@Table(name = "measure_data_point")
public class DataPoint extends AbstractEntity {

    @Column(name = "measure_id", nullable = false)
    private Long measureId;

    @Column(name = "point_date", nullable = false)
    private LocalDate date;

    @Column(nullable = false)
    private double value;

    protected DataPoint() {}

    DataPoint(Long measureId, LocalDate date, double value) {
        this.measureId = measureId;
        this.date = date;
        this.value = value;
    }

    public Long getMeasureId() {
        return measureId;
    }

    public LocalDate getDate() {
        return date;
    }

    public double getValue() {
        return value;
    }
}
