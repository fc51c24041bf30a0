package org.qcommons.projects;

import java.time.LocalDate;
import java.util.List;
import org.qcommons.base.security.QUser;
import org.qcommons.base.tasks.MemberTask;
import org.qcommons.base.tasks.MemberTaskSource;
import org.qcommons.base.tasks.WorkItem;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The projects a member leads or works on, for "Your work" on the home page; projects set no tasks of their own. */
@Component
@Transactional(readOnly = true)
class ProjectWork implements MemberTaskSource {

    private final ProjectRepository projects;

    ProjectWork(ProjectRepository projects) {
        this.projects = projects;
    }

    @Override
    public List<MemberTask> tasks(QUser user, LocalDate today) {
        return List.of();
    }

    @Override
    public List<WorkItem> work(QUser user) {
        return projects.findByParticipant(user.memberId()).stream()
                .map(p -> new WorkItem("Projects", p.getTitle(), "projects/" + p.getId()))
                .toList();
    }
}
