package org.qcommons.insights;

import org.qcommons.base.BusinessException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Ghosting, as in Making Data Count: a ghosted point stays on the chart but leaves the mean, the moving ranges,
 * the limits and the rules (decision 127). Each change re-flags the measure through {@link MeasureChanged}, like
 * any other edit of its data.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class MeasureGhostService {

    private final MeasureService measures;
    private final DataPointRepository points;

    MeasureGhostService(MeasureService measures, DataPointRepository points) {
        this.measures = measures;
        this.points = points;
    }

    /**
     * The reason is required, so that a reader of the chart can judge the exclusion. MDC does not ghost T or G
     * chart points (its SQL warns on them), so neither does this.
     */
    @Transactional
    public DataPoint ghost(Long pointId, String reason) {
        DataPoint p = existing(pointId);
        Measure m = measures.editable(p.getMeasureId());
        if (!m.getChartType().allowsGhosts()) {
            throw new BusinessException("Points on a T or G chart cannot be ghosted: each is the gap between events, "
                    + "so leaving one out would change the gaps. Remove the event instead.");
        }
        String text = reason == null ? "" : reason.strip();
        if (text.isEmpty()) {
            throw new BusinessException(
                    "Say why this point is left out, for example \"data not collected that week\".");
        }
        if (text.length() > DataPoint.MAX_GHOST_REASON) {
            throw new BusinessException("Keep the reason to " + DataPoint.MAX_GHOST_REASON + " characters or fewer.");
        }
        p.ghost(text);
        DataPoint saved = points.save(p);
        measures.changed(m);
        return saved;
    }

    /** Counts a ghosted point again. */
    @Transactional
    public DataPoint unghost(Long pointId) {
        DataPoint p = existing(pointId);
        Measure m = measures.editable(p.getMeasureId());
        p.unghost();
        DataPoint saved = points.save(p);
        measures.changed(m);
        return saved;
    }

    private DataPoint existing(Long pointId) {
        return points.findById(pointId).orElseThrow(() -> new BusinessException("This data point no longer exists."));
    }
}
