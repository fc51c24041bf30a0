package org.qcommons.buddying;

import java.time.Instant;
import java.util.List;

/** Closing feedback in aggregate: how many, the average rating, a count per rating and the latest comments. */
public record FeedbackSummary(long count, double averageRating, long[] countByRating, List<Comment> latestComments) {

    public record Comment(int rating, String comment, Instant createdAt) {}
}
