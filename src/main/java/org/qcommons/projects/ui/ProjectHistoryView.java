package org.qcommons.projects.ui;

import static org.qcommons.projects.ui.Wording.t;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;
import org.qcommons.base.audit.AuditService;
import org.qcommons.base.audit.ui.HistoryPanel;
import org.qcommons.projects.Project;
import org.qcommons.projects.ProjectRecords;

/**
 * Who changed a project, what and when: for its lead, its team and ADMINs. Everyone else is refused, here and
 * again in AuditService, which checks the same rule.
 */
@Route("projects/:id(\\d{1,18})/history")
@PermitAll
public class ProjectHistoryView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final ProjectRecords projectRecords;
    private final AuditService audit;
    private String title = t("history.pageTitle");
    HistoryPanel history;

    public ProjectHistoryView(ProjectRecords projectRecords, AuditService audit) {
        this.projectRecords = projectRecords;
        this.audit = audit;
        addClassName("project-history-view");
        setMaxWidth("64rem");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Long id = event.getRouteParameters().getLong("id").orElse(null);
        Project project = id == null ? null : projectRecords.project(id).orElse(null);
        if (project == null) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        if (!audit.maySeeHistory(Project.class, id)) {
            event.rerouteToError(AccessDeniedException.class, t("history.denied"));
            return;
        }
        title = t("history.title", project.getTitle());
        history = new HistoryPanel(audit.history(Project.class, id));
        removeAll();
        H2 heading = new H2();
        heading.setText(t("history.heading", project.getTitle()));
        add(
                heading,
                new Paragraph(t("history.intro")),
                new RouterLink(t("history.back"), ProjectView.class, id),
                history);
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
