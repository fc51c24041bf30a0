package org.qcommons.base.digest;

import java.util.HashSet;
import java.util.Set;

/**
 * What a member's "near you" is built from: their own region, the topics of the projects they lead or work on, and
 * the skills on their profile (decision 113).
 */
public record MemberInterests(Long regionId, Set<Long> topicIds, Set<Long> skillIds) {

    public static final MemberInterests NONE = new MemberInterests(null, Set.of(), Set.of());

    public MemberInterests {
        topicIds = topicIds == null ? Set.of() : Set.copyOf(topicIds);
        skillIds = skillIds == null ? Set.of() : Set.copyOf(skillIds);
    }

    public MemberInterests withRegion(Long region) {
        return new MemberInterests(region, topicIds, skillIds);
    }

    /** These interests and another feature's, together. */
    public MemberInterests and(MemberInterests other) {
        Set<Long> topics = new HashSet<>(topicIds);
        topics.addAll(other.topicIds);
        Set<Long> skills = new HashSet<>(skillIds);
        skills.addAll(other.skillIds);
        return new MemberInterests(regionId != null ? regionId : other.regionId, topics, skills);
    }

    public boolean isEmpty() {
        return regionId == null && topicIds.isEmpty() && skillIds.isEmpty();
    }
}
