package org.qcommons.buddying;

import java.util.Set;

/** What the scorer knows about a possible buddy. Plain data, so scoring can be tested without a database. */
public record BuddyCandidate(
        Long memberId,
        String name,
        Long stpId,
        Long regionId,
        String regionName,
        String profession,
        Set<String> skills,
        Set<BuddyMode> modes,
        int capacity,
        int load,
        Set<String> topics) {

    public BuddyCandidate {
        skills = Set.copyOf(skills);
        modes = Set.copyOf(modes);
        topics = Set.copyOf(topics);
    }

    public int spare() {
        return Math.max(0, capacity - load);
    }
}
