package org.qcommons.buddying;

/** A pair the cohort match proposes; nothing is saved or sent until an ADMIN or convenor sends it. */
public record ProposedPair(
        Long requestId,
        Long newcomerId,
        String newcomerName,
        String region,
        long daysWaiting,
        Long buddyId,
        String buddyName,
        int score,
        String reasons) {}
