package org.qcommons.projects;

import java.util.List;
import org.qcommons.organisations.Region;
import org.qcommons.organisations.Stp;

/**
 * What the register's facets can be set to: the same for everyone, so one copy is cached and shared by every open
 * register (decision 079). The entities are only read.
 */
public record RegisterChoices(List<Region> regions, List<Stp> stps, List<Topic> topics, List<QiMethod> methods) {

    public List<Topic> topics(TopicKind kind) {
        return topics.stream().filter(t -> t.getKind() == kind).toList();
    }

    Long topicId(TopicKind kind, String slug) {
        return topics.stream()
                .filter(t -> t.getKind() == kind && t.getSlug().equals(slug))
                .findFirst()
                .map(Topic::getId)
                .orElse(null);
    }

    String topicSlug(Object id) {
        return topics.stream()
                .filter(t -> t.getId().equals(id))
                .findFirst()
                .map(Topic::getSlug)
                .orElse(null);
    }

    /** The STP's region, if the STP exists. */
    Long regionOfStp(Object stpId) {
        return stps.stream()
                .filter(s -> s.getId().equals(stpId))
                .findFirst()
                .map(s -> s.getRegion().getId())
                .orElse(null);
    }
}
