package org.qcommons.insights;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import org.qcommons.base.AbstractEntity;
import org.qcommons.base.CreationStamped;
import org.qcommons.spc.ChartKind;
import org.qcommons.spc.ConflictRule;
import org.qcommons.spc.Direction;
import org.qcommons.spc.SpcOptions;

/** Something a team counts to see whether a change is an improvement, with the direction that counts as better. */
@Entity
@Table(name = "measure")
public class Measure extends AbstractEntity implements CreationStamped {

    @Column(name = "project_id")
    private Long projectId;

    @Column(name = "owner_id", nullable = false)
    private Long ownerId;

    @NotBlank(message = "Give the measure a name")
    @Size(max = 160, message = "Use 160 characters or fewer")
    @Column(nullable = false, length = 160)
    private String name;

    @Size(max = 60, message = "Use 60 characters or fewer")
    private String unit;

    @Size(max = 2000, message = "Use 2000 characters or fewer")
    private String definition;

    @NotNull(message = "Choose whether higher or lower is better")
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Direction direction = Direction.UP;

    private Double target;

    @Min(value = SpcOptions.MIN_RUN, message = "Use a run length from 6 to 8")
    @Max(value = SpcOptions.MAX_RUN, message = "Use a run length from 6 to 8")
    @Column(name = "run_length", nullable = false)
    private int runLength = 6;

    @NotNull(message = "Choose a chart type")
    @Enumerated(EnumType.STRING)
    @Column(name = "chart_type", nullable = false, length = 10)
    private ChartKind chartType = ChartKind.XMR;

    /** Leave unusually large moving ranges out of the limits (off by default, as in the MDC SQL; decision 096). */
    @Column(name = "screen_outliers", nullable = false)
    private boolean screenOutliers;

    /** Freeze each baseline's limits after this many points; null recalculates them with every point. */
    @Min(value = SpcOptions.MIN_FIX_AFTER, message = "Fix the limits after 2 points or more")
    @Max(value = 1000, message = "Use 1000 points or fewer")
    @Column(name = "fix_after")
    private Integer fixAfter;

    @NotNull(message = "Choose how a point flagged both ways is shown")
    @Enumerated(EnumType.STRING)
    @Column(name = "conflict_rule", nullable = false, length = 12)
    private ConflictRule conflictRule = ConflictRule.IMPROVEMENT;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    public Long getProjectId() {
        return projectId;
    }

    public void setProjectId(Long projectId) {
        this.projectId = projectId;
    }

    public Long getOwnerId() {
        return ownerId;
    }

    void setOwnerId(Long ownerId) {
        this.ownerId = ownerId;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getUnit() {
        return unit;
    }

    public void setUnit(String unit) {
        this.unit = unit;
    }

    public String getDefinition() {
        return definition;
    }

    public void setDefinition(String definition) {
        this.definition = definition;
    }

    public Direction getDirection() {
        return direction;
    }

    public void setDirection(Direction direction) {
        this.direction = direction;
    }

    public Double getTarget() {
        return target;
    }

    public void setTarget(Double target) {
        this.target = target;
    }

    public int getRunLength() {
        return runLength;
    }

    public void setRunLength(int runLength) {
        this.runLength = runLength;
    }

    @Override
    public void stampCreated(Instant createdAt) {
        this.createdAt = createdAt;
    }

    @Override
    public Instant getCreatedAt() {
        return createdAt;
    }

    public ChartKind getChartType() {
        return chartType;
    }

    public void setChartType(ChartKind chartType) {
        this.chartType = chartType;
    }

    public boolean isScreenOutliers() {
        return screenOutliers;
    }

    public void setScreenOutliers(boolean screenOutliers) {
        this.screenOutliers = screenOutliers;
    }

    public Integer getFixAfter() {
        return fixAfter;
    }

    public void setFixAfter(Integer fixAfter) {
        this.fixAfter = fixAfter;
    }

    public ConflictRule getConflictRule() {
        return conflictRule;
    }

    public void setConflictRule(ConflictRule conflictRule) {
        this.conflictRule = conflictRule;
    }

    public SpcOptions spcOptions() {
        return new SpcOptions(runLength, runLength, chartType, screenOutliers, fixAfter, conflictRule);
    }
}
