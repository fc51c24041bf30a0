package org.qcommons.projects;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.qcommons.base.security.CurrentUser;
import org.qcommons.people.Member;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Projects like a project, and the people working in the same fields. */
@Service
@Transactional(readOnly = true)
public class SimilarProjects {

    private final ProjectRepository projects;
    private final ProjectRecords records;
    private final ProjectSearch search;

    SimilarProjects(ProjectRepository projects, ProjectRecords records, ProjectSearch search) {
        this.projects = projects;
        this.records = records;
        this.search = search;
    }

    @PreAuthorize("permitAll()")
    public List<ProjectHit> similar(Long projectId, int max) {
        Project project = records.project(projectId).orElse(null);
        if (project == null) {
            return List.of();
        }
        boolean anonymous = !CurrentUser.isSignedIn();
        return search.similar(project, ProjectAccess.membersVisible(), max).stream()
                .map(p -> hit(p, anonymous))
                .toList();
    }

    /** People who lead or join live projects on the same topics, who agreed to be found; same region first. */
    @PreAuthorize("isAuthenticated()")
    public List<SimilarMember> membersInSimilarFields(Long projectId, int max) {
        Project project = records.project(projectId).orElse(null);
        if (project == null || project.getTopics().isEmpty()) {
            return List.of();
        }
        Map<Long, Topic> wanted = new LinkedHashMap<>();
        project.getTopics().forEach(t -> wanted.put(t.getId(), t));
        Set<Long> exclude = new LinkedHashSet<>();
        exclude.add(project.getLead().getId());
        project.getTeam().forEach(t -> exclude.add(t.getMember().getId()));
        Map<Long, Member> people = new LinkedHashMap<>();
        Map<Long, Set<String>> shared = new LinkedHashMap<>();
        for (Project other : projects.findSharingTopics(wanted.keySet())) {
            if (other.getId().equals(projectId) || !ProjectAccess.visibleToCurrentUser(other)) {
                continue;
            }
            List<String> common = other.getTopics().stream()
                    .filter(t -> wanted.containsKey(t.getId()))
                    .map(Topic::getName)
                    .toList();
            List<Member> involved = new ArrayList<>();
            involved.add(other.getLead());
            other.getTeam().forEach(t -> involved.add(t.getMember()));
            for (Member m : involved) {
                if (exclude.contains(m.getId()) || !m.isActive() || !m.isDirectoryConsent()) {
                    continue;
                }
                people.putIfAbsent(m.getId(), m);
                shared.computeIfAbsent(m.getId(), k -> new LinkedHashSet<>()).addAll(common);
            }
        }
        Long regionId = project.getRegion().getId();
        return people.values().stream()
                .map(m -> new SimilarMember(
                        m.getId(),
                        m.getFullName(),
                        m.getOrganisation() == null ? null : m.getOrganisation().getName(),
                        m.getRegion() == null ? null : m.getRegion().getName(),
                        m.getRegion() != null && regionId.equals(m.getRegion().getId()),
                        List.copyOf(shared.get(m.getId()))))
                .sorted(Comparator.comparing(SimilarMember::sameRegion)
                        .reversed()
                        .thenComparing(s -> -s.sharedTopics().size())
                        .thenComparing(SimilarMember::name))
                .limit(max)
                .toList();
    }

    private static ProjectHit hit(Project p, boolean anonymous) {
        List<String> topicNames =
                p.getTopics().stream().map(Topic::getName).sorted().toList();
        List<String> methodNames =
                p.getMethods().stream().map(QiMethod::getName).sorted().toList();
        return new ProjectHit(
                p.getId(),
                p.getTitle(),
                ProjectAccess.summaryStart(p.getSummary()),
                p.getStatus(),
                p.getRegion().getName(),
                p.getStp().getName(),
                anonymous ? ProjectAccess.publicName(p.getLead()) : p.getLead().getFullName(),
                topicNames,
                methodNames,
                p.getStartDate(),
                p.getVisibility());
    }
}
