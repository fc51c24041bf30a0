package org.qcommons.projects;

import java.time.Clock;
import org.qcommons.base.BusinessException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Hides a project entry pending review of a concern about it, and shows it again (decision 114). A hidden entry
 * leaves the register, search, similar projects and open data; its lead, convenors and ADMINs still open it and
 * read why. The change is an audited edit, so the project's history keeps who did it and when.
 */
@Service
@Transactional
@PreAuthorize("hasAnyRole('ADMIN','CONVENOR')")
public class ProjectModeration {

    private final ProjectRepository projects;
    private final Clock clock;

    ProjectModeration(ProjectRepository projects, Clock clock) {
        this.projects = projects;
        this.clock = clock;
    }

    public Project withhold(Long projectId, String reason) {
        if (reason == null || reason.isBlank()) {
            throw new BusinessException("Say why the entry is hidden; its lead will be told.");
        }
        if (reason.length() > 1000) {
            throw new BusinessException("Keep the reason to 1,000 characters.");
        }
        Project p = existing(projectId);
        p.withhold(reason.strip(), clock.instant());
        return p;
    }

    public Project showAgain(Long projectId) {
        Project p = existing(projectId);
        p.showAgain();
        return p;
    }

    private Project existing(Long id) {
        return projects.findWithDetails(id).orElseThrow(() -> new BusinessException("That project no longer exists."));
    }
}
