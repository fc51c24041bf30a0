package org.qcommons.buddying;

import java.util.List;

/** The result of a cohort match: the pairs to review and the requests no buddy could take this time. */
public record CohortMatch(List<ProposedPair> pairs, List<String> unmatched, long totalFit) {}
