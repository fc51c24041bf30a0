package org.qcommons.base.tasks;

import java.time.LocalDate;
import java.util.List;
import org.qcommons.base.security.QUser;

/**
 * A feature's contribution to the signed-in home page. Each feature implements it in its own module and the home
 * page collects every implementation as beans, so the home page depends on this interface alone and adds no cycle
 * between modules (decision 088).
 */
public interface MemberTaskSource {

    /** What waits for this user today; the result is the user's own, so implementations check nothing more. */
    List<MemberTask> tasks(QUser user, LocalDate today);

    /** What the user takes part in; most features have nothing to add. */
    default List<WorkItem> work(QUser user) {
        return List.of();
    }
}
