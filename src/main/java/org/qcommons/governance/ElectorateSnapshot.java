package org.qcommons.governance;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.qcommons.notifications.NotificationService;
import org.qcommons.people.Member;
import org.springframework.stereotype.Component;

/**
 * The electorate and the ballot as they stand when voting opens (decision 133). The active members of the
 * group's region at that moment are the electorate for the whole vote, so turnout is measured against them, and
 * the candidates still eligible then are the ballot, which does not change afterwards. Moving region during the
 * vote therefore neither adds a voter nor takes a candidate off the ballot.
 */
@Component
class ElectorateSnapshot {

    private final ElectorateRepository electorate;
    private final ElectionAccess access;
    private final ElectionLedger ledger;
    private final NotificationService notifications;
    private final Clock clock;

    ElectorateSnapshot(
            ElectorateRepository electorate,
            ElectionAccess access,
            ElectionLedger ledger,
            NotificationService notifications,
            Clock clock) {
        this.electorate = electorate;
        this.access = access;
        this.ledger = ledger;
        this.notifications = notifications;
        this.clock = clock;
    }

    /**
     * The candidates who go on the ballot: those standing who are still active members of the region. Anyone who
     * has left since they stood is taken off, recorded and told, before anyone can rank them.
     */
    List<Candidate> ballot(Election e, List<Candidate> standing) {
        List<Candidate> on = new ArrayList<>();
        for (Candidate c : standing) {
            if (access.whyNotEligible(e, c.getMember()) == null) {
                on.add(c);
                continue;
            }
            c.setStatus(CandidateStatus.INELIGIBLE);
            ledger.record(
                    e,
                    "INELIGIBLE",
                    c.getMember().getFullName() + ": not an active member of the region when voting opened");
            notifications.notify(
                    c.getMember(),
                    "You are not on the ballot in " + e.getTitle(),
                    "When voting opened your profile no longer placed you, as an active member, in the "
                            + e.getGroup().getRegion().getName() + " region, so your name is not on the ballot.",
                    "elections/" + e.getId());
        }
        return on;
    }

    /** Fixes the electorate: the region's active members now, for the rest of this election. */
    void fix(Election e) {
        electorate.fix(e.getId(), e.getGroup().getRegion().getId());
        e.setElectorateFixedAt(clock.instant());
    }

    /** How many may vote: the fixed electorate once voting has opened, the region as it is until then. */
    long size(Election e) {
        return e.getElectorateFixedAt() == null
                ? electorate.countElectorate(e.getGroup().getRegion().getId())
                : electorate.countFixed(e.getId());
    }

    List<Member> members(Election e) {
        return e.getElectorateFixedAt() == null
                ? electorate.findElectorate(e.getGroup().getRegion().getId())
                : electorate.findFixed(e.getId());
    }
}
