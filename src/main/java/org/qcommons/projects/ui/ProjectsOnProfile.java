package org.qcommons.projects.ui;

import com.vaadin.flow.component.Component;
import org.qcommons.people.Member;
import org.qcommons.people.ui.ProfileSection;
import org.qcommons.projects.ProjectRecords;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Service;

/** The projects a member leads or works on, on their profile. */
@Service
@Order(20)
class ProjectsOnProfile implements ProfileSection {

    private final ProjectRecords projects;

    ProjectsOnProfile(ProjectRecords projects) {
        this.projects = projects;
    }

    @Override
    public Component create(Member member) {
        return new MemberProjectsSection(projects, member.getId());
    }
}
