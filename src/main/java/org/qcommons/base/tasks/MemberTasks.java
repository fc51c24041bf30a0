package org.qcommons.base.tasks;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.qcommons.base.security.CurrentUser;
import org.qcommons.base.security.QUser;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Everything that waits for the signed-in member, from every feature, most urgent first. */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class MemberTasks {

    private static final Comparator<MemberTask> MOST_URGENT_FIRST = Comparator.comparing(MemberTask::urgency)
            .thenComparing(MemberTask::due, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(MemberTask::title);

    private final List<MemberTaskSource> sources;
    private final Clock clock;

    MemberTasks(List<MemberTaskSource> sources, Clock clock) {
        this.sources = sources;
        this.clock = clock;
    }

    public List<MemberTask> mine() {
        Optional<QUser> user = CurrentUser.get().filter(u -> u.memberId() != null);
        if (user.isEmpty()) {
            return List.of();
        }
        LocalDate today = LocalDate.now(clock);
        return sources.stream()
                .flatMap(s -> s.tasks(user.get(), today).stream())
                .filter(Objects::nonNull)
                .sorted(MOST_URGENT_FIRST)
                .toList();
    }

    public int countMine() {
        return mine().size();
    }

    public List<WorkItem> myWork() {
        return CurrentUser.get()
                .filter(u -> u.memberId() != null)
                .map(u -> sources.stream().flatMap(s -> s.work(u).stream()).toList())
                .orElse(List.of());
    }
}
