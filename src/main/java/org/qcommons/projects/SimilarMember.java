package org.qcommons.projects;

import java.util.List;

/** Someone who leads or joins projects on the same topics, and has agreed to be found. */
public record SimilarMember(
        Long memberId,
        String name,
        String organisation,
        String regionName,
        boolean sameRegion,
        List<String> sharedTopics) {}
