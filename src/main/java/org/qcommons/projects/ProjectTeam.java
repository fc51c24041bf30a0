package org.qcommons.projects;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.qcommons.base.BusinessException;
import org.qcommons.notifications.NotificationService;
import org.qcommons.people.Member;
import org.qcommons.people.MemberService;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The people on projects: contacting a lead, and who works on which topics (for buddying). Members only. */
@Service
@PreAuthorize("isAuthenticated()")
@Transactional(readOnly = true)
public class ProjectTeam {

    private final ProjectRepository projects;
    private final ProjectRecords records;
    private final MemberService members;
    private final NotificationService notifications;

    ProjectTeam(
            ProjectRepository projects,
            ProjectRecords records,
            MemberService members,
            NotificationService notifications) {
        this.projects = projects;
        this.records = records;
        this.members = members;
        this.notifications = notifications;
    }

    /** An in-app message (and email, through the notification service) to the project's lead. */
    @Transactional
    public void contactLead(Long projectId, String message) {
        if (message == null || message.isBlank()) {
            throw new BusinessException("Write a message first.");
        }
        if (message.length() > 1500) {
            throw new BusinessException("Keep the message to 1,500 characters or fewer.");
        }
        Project project = records.project(projectId)
                .orElseThrow(() -> new BusinessException("That project is no longer available."));
        Member sender = members.me();
        if (sender.getId().equals(project.getLead().getId())) {
            throw new BusinessException("You lead this project.");
        }
        notifications.notify(
                project.getLead(),
                "Message about \"" + project.getTitle() + "\"",
                sender.getFullName() + " (" + sender.getEmail() + ") wrote: " + message.trim(),
                "projects/" + project.getId(),
                sender);
    }

    /** Topics of the live projects a member leads or joins (used by buddying to match people). */
    public Set<Long> topicIdsForMember(Long memberId) {
        return memberId == null ? Set.of() : Set.copyOf(projects.findTopicIdsOfParticipant(memberId));
    }

    /** The same topics by name, for buddying's reasons ("Shared project topics: Falls, Sepsis"). */
    public Set<String> topicNamesForMember(Long memberId) {
        return memberId == null ? Set.of() : Set.copyOf(projects.findTopicNamesOfParticipant(memberId));
    }

    /** Members who lead or join live projects on any of these topics. */
    public List<Long> memberIdsWorkingOnTopics(Collection<Long> topicIds) {
        if (topicIds == null || topicIds.isEmpty()) {
            return List.of();
        }
        Set<Long> ids = new LinkedHashSet<>(projects.findLeadIdsOnTopics(topicIds));
        ids.addAll(projects.findTeamMemberIdsOnTopics(topicIds));
        return List.copyOf(ids);
    }
}
