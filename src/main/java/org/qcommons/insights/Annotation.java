package org.qcommons.insights;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.qcommons.base.AbstractEntity;

/**
 * A dated label on a measure's chart: usually a PDSA cycle. A rebase annotation also starts a new baseline, from
 * which the limits are recalculated.
 */
@Entity
@Table(name = "measure_annotation")
public class Annotation extends AbstractEntity {

    @Column(name = "measure_id", nullable = false)
    private Long measureId;

    @Column(name = "annotation_date", nullable = false)
    private LocalDate date;

    @Column(nullable = false, length = 120)
    private String label;

    @Column(nullable = false)
    private boolean rebase;

    protected Annotation() {}

    Annotation(Long measureId, LocalDate date, String label, boolean rebase) {
        this.measureId = measureId;
        this.date = date;
        this.label = label;
        this.rebase = rebase;
    }

    public Long getMeasureId() {
        return measureId;
    }

    public LocalDate getDate() {
        return date;
    }

    public String getLabel() {
        return label;
    }

    public boolean isRebase() {
        return rebase;
    }
}
