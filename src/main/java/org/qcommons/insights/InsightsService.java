package org.qcommons.insights;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.qcommons.spc.VariationIcon;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Figures for the insights page, for members only. Each method takes an optional region slug: null means every
 * region. Charts for projects, exchange, buddying and meetings come from those features' own services.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class InsightsService {

    private final MembershipGrowthRepository queries;
    private final MeasureService measures;

    InsightsService(MembershipGrowthRepository queries, MeasureService measures) {
        this.queries = queries;
        this.measures = measures;
    }

    @PreAuthorize("isAuthenticated()")
    public List<MembershipGrowth> membershipGrowth(String regionSlug) {
        return queries.findForRegion(regionSlug);
    }

    /** Active members by region, or by STP inside the chosen region. */
    @PreAuthorize("isAuthenticated()")
    public Map<String, Long> membersByPlace(String regionSlug) {
        return toMap(regionSlug == null ? queries.countMembersByRegion() : queries.countMembersByStp(regionSlug));
    }

    @PreAuthorize("isAuthenticated()")
    public Map<String, Long> membersByProfession(String regionSlug) {
        return toMap(queries.countMembersByProfession(regionSlug));
    }

    /** The skills members offer to others through the concordat, most offered first. */
    @PreAuthorize("isAuthenticated()")
    public Map<String, Long> skillsOffered(String regionSlug) {
        return toMap(queries.countSkillsOffered(regionSlug));
    }

    /** How many measures (by their owner's region) show each variation icon now. */
    @PreAuthorize("isAuthenticated()")
    public Map<VariationIcon, Long> measuresByVariation(String regionSlug) {
        Map<VariationIcon, Long> counts = new EnumMap<>(VariationIcon.class);
        for (VariationIcon icon : VariationIcon.values()) {
            counts.put(icon, 0L);
        }
        for (Measure m : queries.findMeasuresInRegion(regionSlug)) {
            counts.merge(measures.analyse(m).variation(), 1L, Long::sum);
        }
        return counts;
    }

    private static Map<String, Long> toMap(List<Object[]> rows) {
        Map<String, Long> map = new LinkedHashMap<>();
        rows.forEach(r -> map.put((String) r[0], ((Number) r[1]).longValue()));
        return map;
    }
}
