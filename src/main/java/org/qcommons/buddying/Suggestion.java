package org.qcommons.buddying;

import java.util.List;
import java.util.stream.Collectors;

/** A ranked buddy with its score and the reasons that make it up, shown to people as they are. */
public record Suggestion(BuddyCandidate candidate, int score, List<Reason> reasons) {

    public record Reason(String text, int points) {
        @Override
        public String toString() {
            return points == 0 ? text : text + " (+" + points + ")";
        }
    }

    public String reasonsText() {
        return reasons.stream().map(Reason::toString).collect(Collectors.joining("; "));
    }
}
