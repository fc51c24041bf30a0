package org.qcommons.people;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.qcommons.base.BusinessException;
import org.qcommons.base.security.AccessChanged;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Merges duplicate member records: an ADMIN picks the record to keep and the one to close, sees what will move, and
 * confirms. {@link MembersMerged} moves each module's rows in the same transaction; the closed record is deactivated
 * and points to the one kept, and a {@link MemberMerge} row keeps who, when, why and what moved.
 */
@Service
@Transactional
@PreAuthorize("hasRole('ADMIN')")
public class MemberMerges {

    private final MemberRepository members;
    private final MemberMergeRepository merges;
    private final List<MemberUsage> usages;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    MemberMerges(
            MemberRepository members,
            MemberMergeRepository merges,
            List<MemberUsage> usages,
            ApplicationEventPublisher events,
            Clock clock) {
        this.members = members;
        this.merges = merges;
        this.usages = usages;
        this.events = events;
        this.clock = clock;
    }

    /** What the merge would move from the closed record, for the confirmation. */
    @Transactional(readOnly = true)
    public List<String> whatMoves(Long closeId) {
        List<String> moves = new ArrayList<>();
        usages.stream()
                .map(u -> u.usesMember(closeId))
                .flatMap(Optional::stream)
                .forEach(moves::add);
        return moves;
    }

    public Member merge(Long keepId, Long closeId, String reason) {
        if (keepId == null || closeId == null || keepId.equals(closeId)) {
            throw new BusinessException("Choose two different member records.");
        }
        if (reason == null || reason.isBlank()) {
            throw new BusinessException("Say why the records are merged (it goes in the history).");
        }
        Member keep = find(keepId);
        Member close = find(closeId);
        if (close.getMergedInto() != null || keep.getMergedInto() != null) {
            throw new BusinessException("One of these records was already merged into another.");
        }
        String moved = String.join(", ", whatMoves(closeId));
        events.publishEvent(new MembersMerged(closeId, keepId));
        // Listeners may have run bulk updates: read the closed record again before closing it.
        Member closed = find(closeId);
        closed.mergeInto(find(keepId));
        merges.save(new MemberMerge(
                closeId,
                keepId,
                reason.strip(),
                moved.length() > 1000 ? moved.substring(0, 1000) : moved,
                who(),
                clock.instant()));
        events.publishEvent(new AccessChanged(closeId, "member record merged into another"));
        return find(keepId);
    }

    private static String who() {
        var auth = SecurityContextHolder.getContext().getAuthentication();
        return auth == null ? "system" : auth.getName();
    }

    private Member find(Long id) {
        return members.findById(id).orElseThrow(() -> new BusinessException("That member no longer exists."));
    }
}
