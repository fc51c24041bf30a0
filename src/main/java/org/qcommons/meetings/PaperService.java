package org.qcommons.meetings;

import static org.qcommons.meetings.MeetingRules.requireNotPublished;

import java.time.Clock;
import java.util.List;
import org.qcommons.base.BusinessException;
import org.qcommons.base.security.CurrentUser;
import org.qcommons.base.security.QUser;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Papers attached to agenda items: seat holders add them, whoever may read the agenda downloads them. */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class PaperService {

    private final PaperRepository papers;
    private final PaperStore store;
    private final MeetingLookup lookup;
    private final GroupAccess access;
    private final MeetingBroadcaster broadcaster;
    private final Clock clock;

    PaperService(
            PaperRepository papers,
            PaperStore store,
            MeetingLookup lookup,
            GroupAccess access,
            MeetingBroadcaster broadcaster,
            Clock clock) {
        this.papers = papers;
        this.store = store;
        this.lookup = lookup;
        this.access = access;
        this.broadcaster = broadcaster;
        this.clock = clock;
    }

    @PreAuthorize("permitAll()")
    public List<Paper> papers(Meeting meeting) {
        return access.canSeeAgenda(meeting) ? papers.findByMeeting(meeting.getId()) : List.of();
    }

    @PreAuthorize("permitAll()")
    public byte[] paperContent(Long paperId) {
        Paper p = load(paperId);
        if (!access.canSeeAgenda(p.getAgendaItem().getMeeting())) {
            throw new AccessDeniedException("Not visible");
        }
        return store.read(p.getStorageKey());
    }

    /** Checks the file by its content (see {@link PaperInspector}) before anything is written. */
    @Transactional
    public Paper addPaper(Long itemId, String originalName, byte[] data) {
        AgendaItem item = lookup.item(itemId);
        access.requireSeatHolder(item.getMeeting().getGroup());
        requireNotPublished(item.getMeeting());
        PaperInspector.Checked checked = PaperInspector.check(originalName, data);
        String key = store.save(data);
        Paper saved = papers.save(new Paper(
                item,
                checked.fileName(),
                checked.contentType(),
                data.length,
                key,
                CurrentUser.get().map(QUser::displayName).orElse("System"),
                CurrentUser.memberId().orElse(null),
                clock.instant()));
        broadcaster.meetingChanged(item.getMeeting().getId(), MeetingChange.Kind.AGENDA, itemId);
        return saved;
    }

    @Transactional
    public void removePaper(Long paperId) {
        Paper p = load(paperId);
        access.requireManage(p.getAgendaItem().getMeeting().getGroup());
        store.delete(p.getStorageKey());
        papers.delete(p);
        broadcaster.meetingChanged(p.getAgendaItem().getMeeting().getId(), MeetingChange.Kind.AGENDA, null);
    }

    private Paper load(Long paperId) {
        return papers.findWithMeeting(paperId).orElseThrow(() -> new BusinessException("That paper no longer exists."));
    }
}
