package org.qcommons.governance;

import java.time.Clock;
import org.qcommons.base.security.CurrentUser;
import org.qcommons.base.security.QUser;
import org.springframework.stereotype.Component;

/** Writes an election's audit trail: who did what, when. Never who voted how. */
@Component
class ElectionLedger {

    private final ElectionLogRepository log;
    private final Clock clock;

    ElectionLedger(ElectionLogRepository log, Clock clock) {
        this.log = log;
        this.clock = clock;
    }

    void record(Election e, String action, String detail) {
        String actor = CurrentUser.get().map(QUser::getUsername).orElse("system");
        log.save(new ElectionLog(e.getId(), clock.instant(), actor, action, detail));
    }
}
