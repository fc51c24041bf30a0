package org.qcommons.projects;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.qcommons.people.MemberService;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Figures about the register for other features (insights, the landing page). */
@Service
@Transactional(readOnly = true)
public class ProjectFigures {

    private final ProjectRepository projects;
    private final MemberService members;

    ProjectFigures(ProjectRepository projects, MemberService members) {
        this.projects = projects;
        this.members = members;
    }

    /** Live projects per region, counting only what the current user may see. */
    @PreAuthorize("permitAll()")
    public Map<String, Long> projectsByRegion() {
        return nameCounts(projects.countByRegion(!ProjectAccess.membersVisible()));
    }

    @PreAuthorize("isAuthenticated()")
    public EngagementFigures engagement() {
        Map<String, Long> byRegion = nameCounts(projects.countByRegion(false));
        // Who takes part is ours; where they are and whether they are active is the members feature's.
        Set<Long> participants = new LinkedHashSet<>(projects.findLiveLeadIds());
        participants.addAll(projects.findLiveTeamMemberIds());
        Map<String, Long> engaged = members.activeByRegionAmong(participants);
        Map<String, Long> active = members.activeByRegion();
        Set<String> regions = new TreeSet<>(active.keySet());
        regions.addAll(byRegion.keySet());
        List<EngagementFigures.RegionFigures> regionFigures = regions.stream()
                .map(r -> new EngagementFigures.RegionFigures(
                        r, byRegion.getOrDefault(r, 0L), active.getOrDefault(r, 0L), engaged.getOrDefault(r, 0L)))
                .toList();
        List<EngagementFigures.StpFigures> stpFigures = projects.countByStp().stream()
                .map(row -> new EngagementFigures.StpFigures((String) row[0], (String) row[1], (Long) row[2]))
                .toList();
        return new EngagementFigures(regionFigures, stpFigures);
    }

    private static Map<String, Long> nameCounts(List<Object[]> rows) {
        Map<String, Long> result = new LinkedHashMap<>();
        rows.forEach(r -> result.put((String) r[0], (Long) r[1]));
        return result;
    }
}
