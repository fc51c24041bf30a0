package org.qcommons.buddying;

import java.util.Set;
import java.util.stream.Collectors;
import org.qcommons.projects.ProjectTeam;
import org.springframework.context.annotation.Primary;
import org.springframework.stereotype.Component;

/** Topics come from the project register: the live projects a member leads or joins. */
@Component
@Primary
class ProjectMemberTopics implements MemberTopics {

    private final ProjectTeam projectTeam;

    ProjectMemberTopics(ProjectTeam projectTeam) {
        this.projectTeam = projectTeam;
    }

    @Override
    public Set<String> topicsOf(Long memberId) {
        // Topic ids are stable keys; the scorer only compares them for overlap.
        return projectTeam.topicIdsForMember(memberId).stream()
                .map(String::valueOf)
                .collect(Collectors.toSet());
    }
}
