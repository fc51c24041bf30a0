package org.qcommons.meetings;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.qcommons.base.security.CurrentUser;
import org.qcommons.base.security.QUser;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A group's terms of reference, kept as numbered versions: a change saves a new version beside the old ones. */
@Service
@Transactional(readOnly = true)
@PreAuthorize("permitAll()")
public class TermsService {

    private final TermsRepository terms;
    private final MeetingLookup lookup;
    private final GroupAccess access;
    private final Clock clock;

    TermsService(TermsRepository terms, MeetingLookup lookup, GroupAccess access, Clock clock) {
        this.terms = terms;
        this.lookup = lookup;
        this.access = access;
        this.clock = clock;
    }

    public Optional<TermsOfReference> currentTerms(MeetingGroup group) {
        access.requireSee(group);
        return terms.findFirstByGroupIdOrderByNumberDesc(group.getId());
    }

    public List<TermsOfReference> termsHistory(MeetingGroup group) {
        access.requireSee(group);
        return terms.findByGroupIdOrderByNumberDesc(group.getId());
    }

    /** Saves the edited terms as a new numbered version; earlier versions stay as they were. */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public TermsOfReference saveTerms(Long groupId, TermsOfReference draft, String changeNote) {
        MeetingGroup group = lookup.group(groupId);
        access.requireManage(group);
        if (!draft.isNew()) {
            throw new IllegalArgumentException("Save a new version made with draftNext()");
        }
        int next = terms.findFirstByGroupIdOrderByNumberDesc(groupId)
                .map(t -> t.getNumber() + 1)
                .orElse(1);
        draft.stamp(
                group,
                next,
                CurrentUser.get().map(QUser::displayName).orElse("System"),
                CurrentUser.memberId().orElse(null),
                clock.instant());
        draft.setChangeNote(changeNote);
        return terms.save(draft);
    }
}
