package org.qcommons.projects;

import static org.qcommons.base.personaldata.PersonalDataContributor.entry;

import org.qcommons.base.personaldata.PersonalDataContributor;
import org.springframework.stereotype.Component;

/**
 * The projects a member leads or joins. On erasure the projects stay (they are shared work) and point at the
 * anonymised member, who shows as "Former member"; the search index holds no member names, so it needs no scrub.
 */
@Component
class ProjectPersonalData implements PersonalDataContributor {

    private final ProjectRepository projects;

    ProjectPersonalData(ProjectRepository projects) {
        this.projects = projects;
    }

    @Override
    public String section() {
        return "projects";
    }

    @Override
    public Object export(Long memberId) {
        return projects.findByParticipant(memberId).stream()
                .map(p -> entry(
                        "id",
                        p.getId(),
                        "title",
                        p.getTitle(),
                        "role",
                        p.getLead().getId().equals(memberId)
                                ? "Lead"
                                : p.getTeam().stream()
                                        .filter(t -> t.getMember().getId().equals(memberId))
                                        .map(TeamMembership::getRole)
                                        .findFirst()
                                        .orElse("Team member")))
                .toList();
    }

    @Override
    public void erase(Long memberId) {
        // Nothing to remove: see the class comment.
    }
}
