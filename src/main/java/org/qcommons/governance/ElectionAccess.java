package org.qcommons.governance;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Objects;
import org.qcommons.base.BusinessException;
import org.qcommons.base.security.CurrentUser;
import org.qcommons.meetings.GroupService;
import org.qcommons.meetings.MeetingGroup;
import org.qcommons.people.Member;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Who may see, run, stand in and vote in an election. Seeing follows the group's visibility, and anonymous
 * visitors see published results only; running is for the group's managers (its convenors and ADMINs);
 * standing and voting are for active members of the group's region, checked at the moment they act; once voting
 * opens, voting is also only for the electorate fixed then (decision 133).
 */
@Component
class ElectionAccess {

    private final GroupService groups;
    private final ElectorateRepository electorate;
    private final Clock clock;

    ElectionAccess(GroupService groups, ElectorateRepository electorate, Clock clock) {
        this.groups = groups;
        this.electorate = electorate;
        this.clock = clock;
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    boolean canSee(Election e) {
        if (groups.byId(e.getGroup().getId()).isEmpty()) {
            return false;
        }
        return CurrentUser.isSignedIn() || e.resultsOut();
    }

    void requireSee(Election e) {
        if (!canSee(e)) {
            throw new AccessDeniedException("Not visible");
        }
    }

    boolean canManage(MeetingGroup group) {
        return (CurrentUser.isSignedIn() || runAsSystem())
                && groups.viewer(group).canManage();
    }

    /** The election calendar moves elections on by date as SYSTEM, through the same service methods. */
    private static boolean runAsSystem() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth != null && auth.getAuthorities().stream().anyMatch(a -> "ROLE_SYSTEM".equals(a.getAuthority()));
    }

    void requireManage(MeetingGroup group) {
        if (!canManage(group)) {
            throw new AccessDeniedException("Only the group's convenors and administrators run its elections");
        }
    }

    /** Null when the member may take part; otherwise the reason, in words to show them. */
    String whyNotEligible(Election e, Member m) {
        if (m == null || !m.isActive()) {
            return "Only active members can take part in elections.";
        }
        var region = e.getGroup().getRegion();
        if (m.getRegion() == null) {
            return "Your profile names no STP, so we cannot tell which region you belong to. Add your STP to"
                    + " your profile to take part.";
        }
        if (!Objects.equals(m.getRegion().getId(), region.getId())) {
            return "Only members of the " + region.getName() + " region take part in this election; your profile"
                    + " now places you in " + m.getRegion().getName() + ".";
        }
        if (e.getElectorateFixedAt() != null && electorate.countFixedMember(e.getId(), m.getId()) == 0) {
            return "The electorate of this election was fixed when voting opened on "
                    + ElectionService.UK.format(LocalDate.ofInstant(e.getElectorateFixedAt(), clock.getZone()))
                    + ", and you were not then an active member of the " + region.getName() + " region, so you"
                    + " cannot vote in it. You can take part in the region's next election.";
        }
        return null;
    }

    void requireEligible(Election e, Member m) {
        String why = whyNotEligible(e, m);
        if (why != null) {
            throw new BusinessException(why);
        }
    }
}
