package org.qcommons.base.digest;

import java.util.HashSet;
import java.util.Set;

/**
 * One line a digest's "what's new near you" may carry: its section, such as "New projects", a title, an app route,
 * and what it is about, so the digest can offer it to the members it concerns.
 *
 * @param regionId the region it belongs to, or null when it has none
 * @param topicIds the topics (medical conditions or issues) it is about
 * @param skillIds the skills it needs or offers to teach
 * @param fromMemberId the member it comes from, who needs no news of it, or null
 */
public record NearYouItem(
        String section,
        String title,
        String link,
        Long regionId,
        Set<Long> topicIds,
        Set<Long> skillIds,
        Long fromMemberId) {

    public NearYouItem {
        topicIds = topicIds == null ? Set.of() : Set.copyOf(topicIds);
        skillIds = skillIds == null ? Set.of() : Set.copyOf(skillIds);
    }

    /** Whether it is in the member's region, or shares one of their topics or skills, and is not their own. */
    public boolean concerns(Long memberId, MemberInterests member) {
        if (fromMemberId != null && fromMemberId.equals(memberId)) {
            return false;
        }
        return (regionId != null && regionId.equals(member.regionId()))
                || intersects(topicIds, member.topicIds())
                || intersects(skillIds, member.skillIds());
    }

    /** The ids of a {@code group_concat}, as the sources read an item's topics or skills in the same query. */
    public static Set<Long> ids(String commaSeparated) {
        if (commaSeparated == null || commaSeparated.isBlank()) {
            return Set.of();
        }
        Set<Long> ids = new HashSet<>();
        for (String id : commaSeparated.split(",")) {
            ids.add(Long.valueOf(id.strip()));
        }
        return ids;
    }

    private static boolean intersects(Set<Long> a, Set<Long> b) {
        Set<Long> small = a.size() <= b.size() ? a : b;
        Set<Long> large = small == a ? b : a;
        for (Long id : small) {
            if (large.contains(id)) {
                return true;
            }
        }
        return false;
    }
}
