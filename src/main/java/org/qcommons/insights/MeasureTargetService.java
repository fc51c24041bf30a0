package org.qcommons.insights;

import java.time.LocalDate;
import java.util.List;
import org.qcommons.base.BusinessException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Targets that change over time. Assurance is judged against the target in force at the latest point, so each
 * change re-flags the measure through {@link MeasureChanged}, like any other edit of it.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class MeasureTargetService {

    private final MeasureService measures;
    private final MeasureTargetRepository targets;

    MeasureTargetService(MeasureService measures, MeasureTargetRepository targets) {
        this.measures = measures;
        this.targets = targets;
    }

    public List<MeasureTarget> targets(Long measureId) {
        return targets.findByMeasureIdOrderByFromAscIdAsc(measureId);
    }

    @Transactional
    public MeasureTarget add(Long measureId, Double value, LocalDate from, LocalDate to) {
        Measure m = measures.editable(measureId);
        if (!m.getChartType().takesTargets()) {
            throw new BusinessException("T and G charts have no targets, as in Making Data Count.");
        }
        if (value == null || !Double.isFinite(value)) {
            throw new BusinessException("Enter the target as a number.");
        }
        if (from != null && to != null && to.isBefore(from)) {
            throw new BusinessException("The end date cannot be before the start date.");
        }
        MeasureTarget saved = targets.save(new MeasureTarget(measureId, value, from, to));
        measures.changed(m);
        return saved;
    }

    @Transactional
    public void remove(Long targetId) {
        targets.findById(targetId).ifPresent(t -> {
            Measure m = measures.editable(t.getMeasureId());
            targets.delete(t);
            measures.changed(m);
        });
    }
}
