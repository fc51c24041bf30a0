package org.qcommons.projects;

import java.util.Map;
import org.qcommons.base.audit.AuditAccessPolicy;
import org.qcommons.base.security.CurrentUser;
import org.springframework.stereotype.Component;

/** A project's history is for the people who may edit it: its lead and team (and ADMINs, always). */
@Component
class ProjectAuditPolicy implements AuditAccessPolicy {

    private final ProjectRepository projects;

    ProjectAuditPolicy(ProjectRepository projects) {
        this.projects = projects;
    }

    @Override
    public Map<String, Class<?>> auditedTypes() {
        return Map.of("project", Project.class);
    }

    @Override
    public boolean maySeeHistory(Class<?> type, Long id) {
        Long me = CurrentUser.memberId().orElse(null);
        return me != null
                && projects.findById(id)
                        .filter(p -> me.equals(p.getLead().getId()) || p.isOnTeam(me))
                        .isPresent();
    }
}
