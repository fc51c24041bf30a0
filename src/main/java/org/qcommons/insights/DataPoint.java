package org.qcommons.insights;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.qcommons.base.AbstractEntity;

/**
 * One dated value of a measure; a measure has at most one value per date. A ghosted value stays on the chart but
 * is left out of the calculations, with the reason recorded (decision 127).
 */
@Entity
@Table(name = "measure_data_point")
public class DataPoint extends AbstractEntity {

    @Column(name = "measure_id", nullable = false)
    private Long measureId;

    @Column(name = "point_date", nullable = false)
    private LocalDate date;

    @Column(nullable = false)
    private double value;

    @Column(nullable = false)
    private boolean ghosted;

    /** Why the point is ghosted; null when it is not. */
    @Column(name = "ghost_reason", length = DataPoint.MAX_GHOST_REASON)
    private String ghostReason;

    public static final int MAX_GHOST_REASON = 200;

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

    public boolean isGhosted() {
        return ghosted;
    }

    public String getGhostReason() {
        return ghostReason;
    }

    void ghost(String reason) {
        this.ghosted = true;
        this.ghostReason = reason;
    }

    void unghost() {
        this.ghosted = false;
        this.ghostReason = null;
    }
}
