package org.qcommons.meetings;

import static org.qcommons.meetings.MeetingRules.nullToEmpty;
import static org.qcommons.meetings.MeetingRules.requireNotPublished;

import org.qcommons.base.BusinessException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The database side of minutes written together as people type (decision 116): who may send an edit, the text a
 * live session starts from, and the saved versions. The live text itself is held by {@code coedit.CoEditHub}.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class LiveMinutesService {

    /** What a TEXT column holds when every character takes four bytes; {@link AgendaItem} says the same. */
    public static final int MAX_CHARS = 16_000;

    /** Either the text was saved, or someone changed the saved minutes outside the live session first. */
    public record Checkpoint(boolean saved, String current) {}

    private final MeetingLookup lookup;
    private final GroupAccess access;
    private final MeetingBroadcaster broadcaster;

    LiveMinutesService(MeetingLookup lookup, GroupAccess access, MeetingBroadcaster broadcaster) {
        this.lookup = lookup;
        this.access = access;
        this.broadcaster = broadcaster;
    }

    /** The saved minutes of an item, for a seat holder who may edit them. */
    public String openText(Long itemId) {
        return nullToEmpty(requireMayEdit(itemId).getMinutesText());
    }

    /** Checked for every edit message, not once per page: a seat can be taken away while the page is open. */
    public AgendaItem requireMayEdit(Long itemId) {
        AgendaItem item = lookup.item(itemId);
        access.requireSeatHolder(item.getMeeting().getGroup());
        requireNotPublished(item.getMeeting());
        return item;
    }

    /**
     * Saves the live text as a version of the minutes, in the name of the person whose pause in typing asked for
     * it (the audit trail records who). If the saved text is no longer {@code base}, someone changed it by another
     * route; nothing is saved and the caller merges that change into the live text first.
     */
    @Transactional
    public Checkpoint checkpoint(Long itemId, String base, String text) {
        AgendaItem item = requireMayEdit(itemId);
        if (text.length() > MAX_CHARS) {
            throw new BusinessException("Keep the minutes of one item to 16,000 characters or fewer.");
        }
        String current = nullToEmpty(item.getMinutesText());
        if (!current.equals(nullToEmpty(base))) {
            return new Checkpoint(false, current);
        }
        if (!current.equals(text)) {
            item.setMinutesText(text);
            broadcaster.meetingChanged(item.getMeeting().getId(), MeetingChange.Kind.MINUTES, itemId);
        }
        return new Checkpoint(true, text);
    }
}
