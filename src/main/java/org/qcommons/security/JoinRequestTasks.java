package org.qcommons.security;

import java.time.LocalDate;
import java.util.List;
import org.qcommons.base.security.QUser;
import org.qcommons.base.tasks.MemberTask;
import org.qcommons.base.tasks.MemberTaskSource;
import org.qcommons.base.tasks.TaskUrgency;
import org.qcommons.people.MemberService;
import org.springframework.stereotype.Component;

/** Requests to join waiting for an ADMIN's decision: one task for all of them, as they are approved in one list. */
@Component
class JoinRequestTasks implements MemberTaskSource {

    private final MemberService members;

    JoinRequestTasks(MemberService members) {
        this.members = members;
    }

    @Override
    public List<MemberTask> tasks(QUser user, LocalDate today) {
        if (!user.isAdmin()) {
            return List.of();
        }
        long pending = members.countPending();
        if (pending == 0) {
            return List.of();
        }
        return List.of(new MemberTask(
                "Administration",
                "security.join-requests",
                pending == 1 ? "1 request to join to decide" : pending + " requests to join to decide",
                "admin/registrations",
                TaskUrgency.SOON,
                null));
    }
}
