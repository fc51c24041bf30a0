package org.qcommons.projects;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.qcommons.base.BusinessException;
import org.qcommons.base.ConcurrentEditException;
import org.qcommons.base.security.CurrentUser;
import org.qcommons.people.Member;
import org.qcommons.people.MemberService;
import org.qcommons.spc.Signal;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Project records: the project page, create, edit and archive. Signed-in members by default; anonymous visitors may
 * read public projects. Archived projects are never listed.
 */
@Service
@PreAuthorize("isAuthenticated()")
@Transactional(readOnly = true)
public class ProjectRecords {

    private final ProjectRepository projects;
    private final ProjectSearch search;
    private final MemberService members;
    private final Clock clock;

    ProjectRecords(ProjectRepository projects, ProjectSearch search, MemberService members, Clock clock) {
        this.projects = projects;
        this.clock = clock;
        this.search = search;
        this.members = members;
    }

    /** The project with everything the page shows loaded, if this user may see it. */
    @PreAuthorize("permitAll()")
    public Optional<Project> project(Long id) {
        if (id == null) {
            return Optional.empty();
        }
        return projects.findWithDetails(id)
                .filter(ProjectAccess::visibleToCurrentUser)
                .map(ProjectAccess::initialise);
    }

    @PreAuthorize("permitAll()")
    public Optional<Project> publicProject(Long id) {
        if (id == null) {
            return Optional.empty();
        }
        return projects.findWithDetails(id)
                .filter(p -> !p.isArchived() && !p.isWithheld() && p.getVisibility() == Visibility.PUBLIC)
                .map(ProjectAccess::initialise);
    }

    /** Anonymous visitors and open data see a person's name only if they agreed to be found. */
    public static String publicName(Member member) {
        return ProjectAccess.publicName(member);
    }

    /** Projects the member leads or joins that the current user may see. */
    public List<Project> projectsOf(Long memberId) {
        return projects.findByParticipant(memberId).stream()
                .filter(ProjectAccess::visibleToCurrentUser)
                .toList();
    }

    /** A blank project led by the signed-in member, placed in their STP and region. */
    public Project draft() {
        return Project.draft(members.me(), LocalDate.now(clock));
    }

    public boolean canEdit(Project p) {
        Long me = CurrentUser.memberId().orElse(null);
        return CurrentUser.isAdmin() || (me != null && (me.equals(p.getLead().getId()) || p.isOnTeam(me)));
    }

    public boolean canArchive(Project p) {
        return CurrentUser.isAdmin()
                || CurrentUser.memberId()
                        .filter(id -> id.equals(p.getLead().getId()))
                        .isPresent();
    }

    @Transactional
    public Project create(Project project) {
        if (!project.isNew()) {
            throw new IllegalArgumentException("Project already saved");
        }
        if (!CurrentUser.isAdmin() || project.getLead() == null) {
            project.setLead(members.me());
        }
        checkRules(project);
        return ProjectAccess.initialise(projects.saveAndFlush(project));
    }

    @Transactional
    public Project update(Project edited) {
        if (edited.isNew()) {
            throw new IllegalArgumentException("Save the project first");
        }
        Project current = projects.findWithDetails(edited.getId())
                .orElseThrow(() -> new BusinessException("This project no longer exists."));
        if (!canEdit(current)) {
            throw new AccessDeniedException("Only the lead, the team and administrators may edit this project");
        }
        if (current.getVersion() != edited.getVersion()) {
            throw new ConcurrentEditException("This project");
        }
        if (!Objects.equals(current.getLead().getId(), edited.getLead().getId())
                && !CurrentUser.isAdmin()
                && !CurrentUser.memberId()
                        .filter(current.getLead().getId()::equals)
                        .isPresent()) {
            throw new AccessDeniedException("Only the lead or an administrator may hand the project over");
        }
        checkRules(edited);
        try {
            Project saved = projects.saveAndFlush(edited);
            return ProjectAccess.initialise(
                    projects.findWithDetails(saved.getId()).orElseThrow());
        } catch (ObjectOptimisticLockingFailureException e) {
            throw new ConcurrentEditException("This project");
        }
    }

    /** Delete means archive: the project leaves every list and search but its history stays. */
    @Transactional
    public void archive(Long projectId, long expectedVersion) {
        Project p = projects.findWithDetails(projectId)
                .orElseThrow(() -> new BusinessException("This project no longer exists."));
        if (!canArchive(p)) {
            throw new AccessDeniedException("Only the lead or an administrator may archive this project");
        }
        if (p.getVersion() != expectedVersion) {
            throw new ConcurrentEditException("This project");
        }
        p.setArchived(true);
    }

    /** Seeding and CSV import: a project with a lead who is not the signed-in user. */
    @Transactional
    @PreAuthorize("hasRole('ADMIN') or hasRole('SYSTEM')")
    public Project createFor(Project project) {
        checkRules(project);
        return projects.save(project);
    }

    /**
     * Records the latest SPC signal of the project's measures (worked out by the insights feature) and re-indexes
     * the project so the register's "SPC signal" facet follows. Runs in its own transaction, after the measure's.
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    @PreAuthorize("hasRole('SYSTEM')")
    public void recordSignal(Long projectId, Signal signal) {
        if (projectId != null && projects.updateSignal(projectId, signal) > 0) {
            projects.findById(projectId)
                    .ifPresent(p -> search.session().indexingPlan().addOrUpdate(p));
        }
    }

    private void checkRules(Project p) {
        if (p.getStp() != null
                && p.getRegion() != null
                && !p.getStp().getRegion().getId().equals(p.getRegion().getId())) {
            throw new BusinessException("The STP " + p.getStp().getName() + " is not in "
                    + p.getRegion().getName() + ".");
        }
        if (!p.isDatesInOrder()) {
            throw new BusinessException("The end date cannot be before the start date.");
        }
        if (!p.isRoundGivenIfFunded()) {
            throw new BusinessException("Give the Q Exchange round that funded the project.");
        }
        if (p.getTeam().stream()
                .anyMatch(t -> t.getMember().getId().equals(p.getLead().getId()))) {
            throw new BusinessException("The lead is already on the team; remove them from the team list.");
        }
    }
}
