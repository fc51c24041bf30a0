package org.qcommons.buddying;

import java.util.Set;

/** What the scorer knows about the member asking for a buddy and what they asked for. */
public record Seeker(
        Long memberId,
        Long stpId,
        Long regionId,
        String profession,
        Set<String> skills,
        boolean sameProfession,
        boolean sameStp,
        BuddyMode mode,
        Set<String> topics) {

    public Seeker {
        skills = Set.copyOf(skills);
        topics = Set.copyOf(topics);
    }
}
