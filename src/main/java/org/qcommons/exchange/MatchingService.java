package org.qcommons.exchange;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.qcommons.base.BusinessException;
import org.qcommons.base.security.CurrentUser;
import org.qcommons.skills.SkillLevel;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Ranked candidates for a request: SQL narrows the field, {@link MatchScorer} orders it. */
@Service
@Transactional(readOnly = true)
public class MatchingService {

    public static final int MAX_CANDIDATES = 50;

    private final ExpertiseRequestRepository requests;
    private final ExchangeQueries queries;
    private final Clock clock;

    MatchingService(ExpertiseRequestRepository requests, ExchangeQueries queries, Clock clock) {
        this.clock = clock;
        this.requests = requests;
        this.queries = queries;
    }

    @PreAuthorize("hasAnyRole('ORG_COORDINATOR', 'ADMIN')")
    public List<MatchScorer.Score> candidates(Long requestId) {
        ExpertiseRequest r =
                requests.findById(requestId).orElseThrow(() -> new BusinessException("This request no longer exists."));
        if (!Acting.coordinates(r.getRequestingOrg()) && !CurrentUser.isAdmin()) {
            throw new AccessDeniedException("Only the requesting organisation's coordinators see its candidates");
        }
        return rank(r, LocalDate.now(clock));
    }

    List<MatchScorer.Score> rank(ExpertiseRequest r, LocalDate today) {
        Map<Long, SkillLevel> needed = new LinkedHashMap<>();
        r.getSkills().forEach(s -> needed.put(s.getSkill().getId(), s.getMinLevel()));
        var host = r.getRequestingOrg();
        MatchScorer.RequestFacts facts = new MatchScorer.RequestFacts(
                needed,
                r.getDaysNeeded(),
                r.getStartsOn(),
                r.getEndsOn(),
                r.isRemote(),
                host.getStp().getId(),
                host.getStp().getRegion().getId());
        var candidates = queries.candidates(
                r.getId(), host.getId(), host.getStp().getId(), r.isRemote(), today, today.minusYears(1));
        return MatchScorer.rank(facts, candidates, MAX_CANDIDATES);
    }
}
