package org.qcommons.buddying;

import org.qcommons.projects.ProjectService;
import org.springframework.context.annotation.Primary;
import org.springframework.stereotype.Component;

import java.util.Set;
import java.util.stream.Collectors;

/** Topics come from the project register: the live projects a member leads or joins. */
@Component
@Primary
class ProjectMemberTopics implements MemberTopics {

    private final ProjectService projects;

    ProjectMemberTopics(ProjectService projects) {
        this.projects = projects;
    }

    @Override
    public Set<String> topicsOf(Long memberId) {
        // Topic ids are stable keys; the scorer only compares them for overlap.
        return projects.topicIdsForMember(memberId).stream().map(String::valueOf).collect(Collectors.toSet());
    }
}
