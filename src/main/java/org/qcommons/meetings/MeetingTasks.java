package org.qcommons.meetings;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.qcommons.base.security.QUser;
import org.qcommons.base.tasks.MemberTask;
import org.qcommons.base.tasks.MemberTaskSource;
import org.qcommons.base.tasks.TaskUrgency;
import org.qcommons.base.tasks.WorkItem;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a member's groups need from them: meetings coming up (with their reply), draft minutes to amend or approve,
 * their open actions, and, for convenors, decisions reaching their review date.
 */
@Component
@Transactional(readOnly = true)
class MeetingTasks implements MemberTaskSource {

    static final String GROUP = "Meetings";
    /** How far ahead meetings show on the home page. */
    static final int MEETINGS_AHEAD_DAYS = 30;
    /** Decisions show from two weeks before their review date until two weeks after it. */
    static final int REVIEW_WINDOW_DAYS = 14;

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm", Locale.UK);

    private final MeetingTaskRepository repository;
    private final MeetingReplyRepository replies;

    MeetingTasks(MeetingTaskRepository repository, MeetingReplyRepository replies) {
        this.repository = repository;
        this.replies = replies;
    }

    @Override
    public List<MemberTask> tasks(QUser user, LocalDate today) {
        Long me = user.memberId();
        List<MemberTask> tasks = new ArrayList<>();
        List<Meeting> upcoming = repository.findUpcomingFor(
                me,
                today.atStartOfDay(),
                today.plusDays(MEETINGS_AHEAD_DAYS + 1).atStartOfDay());
        Map<Long, MeetingReply> mine = upcoming.isEmpty()
                ? Map.of()
                : replies
                        .findByMemberAndMeetings(
                                me, upcoming.stream().map(Meeting::getId).toList())
                        .stream()
                        .collect(Collectors.toMap(r -> r.getMeeting().getId(), Function.identity()));
        for (Meeting m : upcoming) {
            MeetingReply reply = mine.get(m.getId());
            LocalDate day = m.getStartsAt().toLocalDate();
            String title = m.getGroup().getName() + ": " + m.getTitle() + ", " + DAY.format(m.getStartsAt())
                    + (reply == null
                            ? " (please reply)"
                            : " (you replied: " + reply.getAnswer().label() + ")");
            tasks.add(new MemberTask(
                    GROUP,
                    reply == null ? "meetings.invitation" : "meetings.upcoming",
                    title,
                    "meetings/" + m.getId(),
                    reply == null ? MemberTask.urgencyFor(day, today) : TaskUrgency.LATER,
                    day));
        }
        for (Object[] row : repository.findDraftMinutesFor(me)) {
            Meeting m = (Meeting) row[0];
            boolean convenor = Boolean.TRUE.equals(row[1]);
            if (convenor) {
                tasks.add(new MemberTask(
                        GROUP,
                        "meetings.approve-minutes",
                        "Approve the minutes: " + m.getTitle(),
                        "meetings/" + m.getId(),
                        MemberTask.urgencyFor(m.getReviewUntil(), today),
                        m.getReviewUntil()));
            } else if (m.isReviewOpen(today)) {
                tasks.add(new MemberTask(
                        GROUP,
                        "meetings.amend-minutes",
                        "Propose amendments to the draft minutes: " + m.getTitle(),
                        "meetings/" + m.getId(),
                        MemberTask.urgencyFor(m.getReviewUntil(), today),
                        m.getReviewUntil()));
            }
        }
        for (ActionItem a : repository.findOpenActionsOf(me)) {
            tasks.add(new MemberTask(
                    GROUP,
                    "meetings.action",
                    "Your action: " + a.getDescription(),
                    "meetings/" + a.getMeeting().getId(),
                    MemberTask.urgencyFor(a.getDueDate(), today),
                    a.getDueDate()));
        }
        for (Decision d : repository.findReviewsDueFor(
                me, today.minusDays(REVIEW_WINDOW_DAYS), today.plusDays(REVIEW_WINDOW_DAYS))) {
            tasks.add(new MemberTask(
                    GROUP,
                    "meetings.decision-review",
                    "Review the decision: " + d.getText(),
                    "meetings/" + d.getMeeting().getId(),
                    MemberTask.urgencyFor(d.getReviewDate(), today),
                    d.getReviewDate()));
        }
        return tasks;
    }

    @Override
    public List<WorkItem> work(QUser user) {
        return repository.findGroupsOf(user.memberId()).stream()
                .map(g -> new WorkItem("Groups", g.getName(), "groups/" + g.getSlug()))
                .toList();
    }
}
