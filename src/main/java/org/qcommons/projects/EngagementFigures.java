package org.qcommons.projects;

import java.util.List;

/** How far the register reaches: projects per region and STP, and the share of members leading or joining one. */
public record EngagementFigures(List<RegionFigures> regions, List<StpFigures> stps) {

    public record RegionFigures(String region, long projects, long activeMembers, long engagedMembers) {
        /** Share of active members who lead or join at least one live project, 0..1. */
        public double engagedShare() {
            return activeMembers == 0 ? 0 : (double) engagedMembers / activeMembers;
        }
    }

    public record StpFigures(String region, String stp, long projects) {}
}
