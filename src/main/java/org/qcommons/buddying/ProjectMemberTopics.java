package org.qcommons.buddying;

import java.util.Set;
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
        // By name: the scorer compares them for overlap and shows the shared ones as the match's reason.
        return projectTeam.topicNamesForMember(memberId);
    }
}
