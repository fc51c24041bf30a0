package org.qcommons.governance;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.qcommons.governance.StvCount.Paper;
import org.qcommons.governance.StvCount.Sheet;
import org.springframework.stereotype.Component;

/** Runs the STV count over an election's ballots. A recount of the same ballots and seed gives the same sheet. */
@Component
class ElectionCounter {

    private final BallotRepository ballots;
    private final CandidateRepository candidates;

    ElectionCounter(BallotRepository ballots, CandidateRepository candidates) {
        this.ballots = ballots;
        this.candidates = candidates;
    }

    CountSheet count(Election e) {
        Map<String, String> names = new LinkedHashMap<>();
        candidates.findByElection(e.getId()).stream()
                .filter(Candidate::isStanding)
                .forEach(c -> names.put(String.valueOf(c.getId()), c.getMember().getFullName()));
        List<Paper> papers = ballots.preferences(e.getId()).stream()
                .map(p -> new Paper(Arrays.asList(p.split(","))))
                .toList();
        Sheet sheet = StvCount.count(
                List.copyOf(names.keySet()), List.copyOf(names.values()), e.getSeats(), papers, e.getLotSeed());
        return new CountSheet(sheet, names);
    }
}
