package org.qcommons.insights;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.math.RoundingMode;
import org.qcommons.base.AbstractEntity;

/**
 * Membership of a pilot region at three moments, from the 2018 report. The national row has no counts, only the
 * growth rate the report gives for the same year.
 */
@Entity
@Table(name = "membership_growth")
public class MembershipGrowth extends AbstractEntity {

    @Column(name = "region_slug", length = 120)
    private String regionSlug;

    @Column(nullable = false, length = 120)
    private String label;

    @Column(name = "founding_cohort")
    private Integer foundingCohort;

    @Column(name = "before_pilot")
    private Integer beforePilot;

    @Column(name = "after_pilot")
    private Integer afterPilot;

    @Column(name = "growth_percent", precision = 5, scale = 1)
    private BigDecimal growthPercent;

    protected MembershipGrowth() {}

    public String getRegionSlug() {
        return regionSlug;
    }

    public String getLabel() {
        return label;
    }

    public Integer getFoundingCohort() {
        return foundingCohort;
    }

    public Integer getBeforePilot() {
        return beforePilot;
    }

    public Integer getAfterPilot() {
        return afterPilot;
    }

    public boolean isNational() {
        return regionSlug == null;
    }

    /** Growth over the pilot year in whole per cent, as the report rounds it (166 from 130 is 28%). */
    public BigDecimal growthPercent() {
        if (growthPercent != null) {
            return growthPercent.setScale(0, RoundingMode.HALF_UP);
        }
        if (beforePilot == null || afterPilot == null || beforePilot == 0) {
            return null;
        }
        return BigDecimal.valueOf(afterPilot - beforePilot)
                .multiply(BigDecimal.valueOf(100))
                .divide(BigDecimal.valueOf(beforePilot), 0, RoundingMode.HALF_UP);
    }
}
