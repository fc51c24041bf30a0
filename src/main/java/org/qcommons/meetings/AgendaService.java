package org.qcommons.meetings;

import static org.qcommons.meetings.MeetingRules.blankToNull;
import static org.qcommons.meetings.MeetingRules.requireNotPublished;

import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.qcommons.base.ConcurrentEditException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A meeting's agenda: its items in order, planned by the group's convenors and administrators. */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class AgendaService {

    private final AgendaItemRepository items;
    private final PaperRepository papers;
    private final CommentRepository comments;
    private final PaperStore store;
    private final MeetingLookup lookup;
    private final GroupAccess access;
    private final MeetingBroadcaster broadcaster;
    private final EntityManager em;

    AgendaService(
            AgendaItemRepository items,
            PaperRepository papers,
            CommentRepository comments,
            PaperStore store,
            MeetingLookup lookup,
            GroupAccess access,
            MeetingBroadcaster broadcaster,
            EntityManager em) {
        this.items = items;
        this.papers = papers;
        this.comments = comments;
        this.store = store;
        this.lookup = lookup;
        this.access = access;
        this.broadcaster = broadcaster;
        this.em = em;
    }

    /** The items in order; their minutes only for those who may read them (published, or drafts for seat holders). */
    @PreAuthorize("permitAll()")
    public List<AgendaItem> agenda(Meeting meeting) {
        if (!access.canSeeAgenda(meeting)) {
            return List.of();
        }
        List<AgendaItem> found = items.findByMeetingIdOrderByPosition(meeting.getId());
        if (!found.isEmpty() && !access.canSeeMinutes(found.get(0).getMeeting())) {
            found.forEach(this::withoutMinutes);
        }
        return found;
    }

    /** Running total of allotted minutes against the two-hour limit. */
    @PreAuthorize("permitAll()")
    public int allottedMinutes(Meeting meeting) {
        return agenda(meeting).stream().mapToInt(AgendaItem::getMinutesAllotted).sum();
    }

    @PreAuthorize("permitAll()")
    public Optional<AgendaItem> item(Long itemId) {
        return items.findWithMeeting(itemId)
                .filter(i -> access.canSeeAgenda(i.getMeeting()))
                .map(i -> access.canSeeMinutes(i.getMeeting()) ? i : withoutMinutes(i));
    }

    /**
     * Detached first, so that blanking the draft can never be written back: the rule lives here, in the service,
     * and not only in the view that hides the text.
     */
    private AgendaItem withoutMinutes(AgendaItem item) {
        em.detach(item);
        item.setMinutesText(null);
        return item;
    }

    @Transactional
    public AgendaItem addItem(
            Long meetingId, String title, String presenter, int minutesAllotted, String declarations) {
        Meeting m = lookup.meeting(meetingId);
        access.requireManage(m.getGroup());
        requireNotPublished(m);
        List<AgendaItem> current = items.findByMeetingIdOrderByPosition(meetingId);
        AgendaItem item = new AgendaItem(m, current.size() + 1, title, blankToNull(presenter), minutesAllotted);
        item.setDeclarations(blankToNull(declarations));
        AgendaItem saved = items.save(item);
        m.bumpSequence();
        broadcaster.meetingChanged(meetingId, MeetingChange.Kind.AGENDA, saved.getId());
        return saved;
    }

    @Transactional
    public AgendaItem updateItem(
            Long itemId,
            long expectedVersion,
            String title,
            String presenter,
            int minutesAllotted,
            String declarations) {
        AgendaItem item = managedItem(itemId);
        if (item.getVersion() != expectedVersion) {
            throw new ConcurrentEditException("This agenda item");
        }
        item.setTitle(title);
        item.setPresenter(blankToNull(presenter));
        item.setMinutesAllotted(minutesAllotted);
        item.setDeclarations(blankToNull(declarations));
        items.flush();
        broadcaster.meetingChanged(item.getMeeting().getId(), MeetingChange.Kind.AGENDA, itemId);
        return item;
    }

    @Transactional
    public void moveItem(Long itemId, int delta) {
        AgendaItem item = managedItem(itemId);
        List<AgendaItem> list = new ArrayList<>(
                items.findByMeetingIdOrderByPosition(item.getMeeting().getId()));
        int from = list.indexOf(item);
        int to = Math.max(0, Math.min(list.size() - 1, from + delta));
        list.remove(from);
        list.add(to, item);
        renumber(list);
        broadcaster.meetingChanged(item.getMeeting().getId(), MeetingChange.Kind.AGENDA, itemId);
    }

    /** Removes the item with its papers and proposed amendments. */
    @Transactional
    public void removeItem(Long itemId) {
        AgendaItem item = managedItem(itemId);
        Long meetingId = item.getMeeting().getId();
        for (Paper p : papers.findByMeeting(meetingId)) {
            if (p.getAgendaItem().equals(item)) {
                store.delete(p.getStorageKey());
                papers.delete(p);
            }
        }
        comments.deleteByAgendaItem(item);
        items.delete(item);
        items.flush();
        renumber(items.findByMeetingIdOrderByPosition(meetingId));
        broadcaster.meetingChanged(meetingId, MeetingChange.Kind.AGENDA, itemId);
    }

    private AgendaItem managedItem(Long itemId) {
        AgendaItem item = lookup.item(itemId);
        access.requireManage(item.getMeeting().getGroup());
        requireNotPublished(item.getMeeting());
        return item;
    }

    private static void renumber(List<AgendaItem> list) {
        for (int i = 0; i < list.size(); i++) {
            list.get(i).setPosition(i + 1);
        }
    }
}
