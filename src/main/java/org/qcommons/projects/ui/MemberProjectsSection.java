package org.qcommons.projects.ui;

import static org.qcommons.projects.ui.Wording.t;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.RouterLink;
import java.util.List;
import org.qcommons.projects.Project;
import org.qcommons.projects.ProjectRecords;

/** The "Projects" section of a member's profile: what they lead or join, as far as the viewer may see. */
public class MemberProjectsSection extends Div {

    public MemberProjectsSection(ProjectRecords projectRecords, Long memberId) {
        setId("member-projects");
        add(new H3(t("memberProjects.heading")));
        List<Project> theirs = projectRecords.projectsOf(memberId);
        if (theirs.isEmpty()) {
            add(new Paragraph(t("memberProjects.none")));
            return;
        }
        UnorderedList list = new UnorderedList();
        for (Project p : theirs) {
            boolean leads = p.getLead().getId().equals(memberId);
            list.add(new ListItem(
                    new RouterLink(p.getTitle(), ProjectView.class, p.getId()),
                    new Span(t(
                            "memberProjects.line",
                            leads ? "lead" : "team",
                            p.getStatus().label(),
                            p.getStp().getName()))));
        }
        add(list);
    }
}
