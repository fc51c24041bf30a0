package org.qcommons.meetings;

import jakarta.persistence.EntityManager;
import org.qcommons.base.BusinessException;
import org.qcommons.base.ConcurrentEditException;
import org.qcommons.notifications.NotificationService;
import org.qcommons.people.Member;
import org.qcommons.base.security.CurrentUser;
import org.qcommons.base.security.QUser;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Meetings from planning to published minutes. Every change is broadcast to the open views of the meeting
 * after it commits, which is what makes co-editing live.
 */
@Service
@Transactional(readOnly = true)
public class MeetingService {

    private final MeetingRepository meetings;
    private final AgendaItemRepository items;
    private final PaperRepository papers;
    private final AttendanceRepository attendance;
    private final DecisionRepository decisions;
    private final ActionRepository actions;
    private final CommentRepository comments;
    private final SeatRepository seats;
    private final GroupRepository groups;
    private final GroupAccess access;
    private final PaperStore store;
    private final MeetingBroadcaster broadcaster;
    private final NotificationService notifications;
    private final EntityManager em;

    MeetingService(MeetingRepository meetings, AgendaItemRepository items, PaperRepository papers,
                   AttendanceRepository attendance, DecisionRepository decisions, ActionRepository actions,
                   CommentRepository comments, SeatRepository seats, GroupRepository groups, GroupAccess access,
                   PaperStore store, MeetingBroadcaster broadcaster, NotificationService notifications,
                   EntityManager em) {
        this.meetings = meetings;
        this.items = items;
        this.papers = papers;
        this.attendance = attendance;
        this.decisions = decisions;
        this.actions = actions;
        this.comments = comments;
        this.seats = seats;
        this.groups = groups;
        this.access = access;
        this.store = store;
        this.broadcaster = broadcaster;
        this.notifications = notifications;
        this.em = em;
    }

    // ---- reading -------------------------------------------------------------------------------------------

    @PreAuthorize("permitAll()")
    public Optional<Meeting> meeting(Long id) {
        return id == null ? Optional.empty() : meetings.findWithGroup(id).filter(m -> access.canSee(m.getGroup()));
    }

    @PreAuthorize("permitAll()")
    public List<Meeting> meetings(MeetingGroup group) {
        access.requireSee(group);
        return meetings.findByGroup(group.getId());
    }

    @PreAuthorize("permitAll()")
    public List<Meeting> upcoming(MeetingGroup group) {
        LocalDateTime now = LocalDateTime.now(Meeting.LONDON).minusHours(3);
        return meetings(group).stream().filter(m -> m.getStartsAt().isAfter(now))
                .sorted((a, b) -> a.getStartsAt().compareTo(b.getStartsAt())).toList();
    }

    /** Only meetings whose minutes were approved and published; the one list anonymous readers get. */
    @PreAuthorize("permitAll()")
    public List<Meeting> withPublishedMinutes(MeetingGroup group) {
        access.requireSee(group);
        return meetings.findByGroupAndStatus(group.getId(), List.of(MeetingStatus.MINUTES_PUBLISHED));
    }

    @PreAuthorize("permitAll()")
    public MeetingPermissions permissions(Meeting meeting) {
        MeetingGroup g = meeting.getGroup();
        boolean insider = access.isSeatHolder(g);
        boolean open = !meeting.isMinutesPublished();
        return new MeetingPermissions(access.canSeeAgenda(meeting), access.canSeeMinutes(meeting),
                access.canManage(g) && open, insider && open, access.canApprove(g), insider,
                insider && meeting.getStatus() == MeetingStatus.MINUTES_DRAFTED && reviewOpen(meeting),
                access.canManage(g));
    }

    @PreAuthorize("permitAll()")
    public List<AgendaItem> agenda(Meeting meeting) {
        if (!access.canSeeAgenda(meeting)) {
            return List.of();
        }
        return items.findByMeetingIdOrderByPosition(meeting.getId());
    }

    /** Running total of allotted minutes against the two-hour limit. */
    @PreAuthorize("permitAll()")
    public int allottedMinutes(Meeting meeting) {
        return agenda(meeting).stream().mapToInt(AgendaItem::getMinutesAllotted).sum();
    }

    /** Open actions from the group's earlier meetings: "Actions from the last meeting" on this agenda. */
    @PreAuthorize("permitAll()")
    public List<ActionItem> carriedActions(Meeting meeting) {
        if (!access.canSeeAgenda(meeting)) {
            return List.of();
        }
        boolean insider = access.isSeatHolder(meeting.getGroup());
        return actions.findOpenBefore(meeting.getGroup().getId(), meeting.getStartsAt()).stream()
                .filter(a -> insider || a.getMeeting().isMinutesPublished()).toList();
    }

    /** The meeting before this one, whose PDSA review opens this meeting. */
    @PreAuthorize("permitAll()")
    public Optional<Meeting> previous(Meeting meeting) {
        return meetings.findPrevious(meeting.getGroup().getId(), meeting.getStartsAt())
                .filter(access::canSeeMinutes);
    }

    @PreAuthorize("permitAll()")
    public List<Paper> papers(Meeting meeting) {
        return access.canSeeAgenda(meeting) ? papers.findByMeeting(meeting.getId()) : List.of();
    }

    @PreAuthorize("permitAll()")
    public byte[] paperContent(Long paperId) {
        Paper p = papers.findWithMeeting(paperId).orElseThrow(() -> new BusinessException("That paper no longer exists."));
        if (!access.canSeeAgenda(p.getAgendaItem().getMeeting())) {
            throw new AccessDeniedException("Not visible");
        }
        return store.read(p.getStorageKey());
    }

    @PreAuthorize("permitAll()")
    public List<AttendanceRow> attendance(Meeting meeting) {
        if (!access.canSeeMinutes(meeting)) {
            return List.of();
        }
        boolean insider = access.isSeatHolder(meeting.getGroup());
        Map<Long, Attendance> bySeat = attendance.findByMeeting(meeting.getId()).stream()
                .collect(Collectors.toMap(a -> a.getSeat().getId(), Function.identity()));
        List<AttendanceRow> rows = new ArrayList<>();
        for (Seat s : seats.findByGroup(meeting.getGroup().getId())) {
            Attendance a = bySeat.get(s.getId());
            Member m = a != null && a.getMember() != null ? a.getMember() : s.getMember();
            if (m == null && a == null) {
                continue;
            }
            String name = m == null ? "Vacant seat"
                    : insider || (m.isActive() && m.isDirectoryConsent()) ? m.getFullName() : "A member";
            rows.add(new AttendanceRow(s.getId(), name, s.describeRole(), a == null ? null : a.getStatus()));
        }
        return rows;
    }

    @PreAuthorize("permitAll()")
    public List<Decision> decisions(Meeting meeting) {
        return access.canSeeMinutes(meeting) ? decisions.findByMeetingIdOrderById(meeting.getId()) : List.of();
    }

    @PreAuthorize("permitAll()")
    public List<ActionItem> actions(Meeting meeting) {
        return access.canSeeMinutes(meeting) ? actions.findByMeeting(meeting.getId()) : List.of();
    }

    /** Proposed amendments are part of the drafting, so only seat holders see them. */
    @PreAuthorize("permitAll()")
    public List<MinutesComment> comments(Meeting meeting) {
        return access.isSeatHolder(meeting.getGroup()) ? comments.findByMeeting(meeting.getId()) : List.of();
    }

    @PreAuthorize("permitAll()")
    public Optional<AgendaItem> item(Long itemId) {
        return items.findWithMeeting(itemId).filter(i -> access.canSeeAgenda(i.getMeeting()));
    }

    // ---- planning ------------------------------------------------------------------------------------------

    @Transactional
    @PreAuthorize("isAuthenticated()")
    public Meeting schedule(Long groupId, String title, LocalDateTime startsAt, int durationMinutes, String place,
                            String videoLink) {
        MeetingGroup group = groups.findById(groupId).orElseThrow(() -> new BusinessException("This group no longer exists."));
        access.requireManage(group);
        if (durationMinutes > Meeting.TIME_LIMIT_MINUTES) {
            throw new BusinessException("Meetings last two hours at most.");
        }
        Meeting m = new Meeting(group, title, startsAt);
        m.setDurationMinutes(durationMinutes);
        m.setPlace(blankToNull(place));
        m.setVideoLink(blankToNull(videoLink));
        Meeting saved = meetings.save(m);
        broadcaster.groupChanged(groupId, MeetingChange.Kind.STATUS);
        return saved;
    }

    @Transactional
    @PreAuthorize("isAuthenticated()")
    public Meeting updateDetails(Meeting edited) {
        Meeting current = load(edited.getId());
        access.requireManage(current.getGroup());
        if (current.getVersion() != edited.getVersion()) {
            throw new ConcurrentEditException("This meeting");
        }
        current.setTitle(edited.getTitle());
        current.setStartsAt(edited.getStartsAt());
        current.setDurationMinutes(edited.getDurationMinutes());
        current.setPlace(blankToNull(edited.getPlace()));
        current.setVideoLink(blankToNull(edited.getVideoLink()));
        current.bumpSequence();
        return flushMeeting(current, MeetingChange.Kind.STATUS);
    }

    @Transactional
    @PreAuthorize("isAuthenticated()")
    public Meeting publishAgenda(Long meetingId) {
        Meeting m = load(meetingId);
        access.requireManage(m.getGroup());
        requireStatus(m, MeetingStatus.PLANNED, "The agenda has already been published.");
        m.setStatus(MeetingStatus.AGENDA_PUBLISHED);
        m.bumpSequence();
        return flushMeeting(m, MeetingChange.Kind.STATUS);
    }

    @Transactional
    @PreAuthorize("isAuthenticated()")
    public Meeting markHeld(Long meetingId) {
        Meeting m = load(meetingId);
        access.requireManage(m.getGroup());
        if (m.getStatus().atLeast(MeetingStatus.HELD)) {
            throw new BusinessException("This meeting is already marked as held.");
        }
        m.setStatus(MeetingStatus.HELD);
        return flushMeeting(m, MeetingChange.Kind.STATUS);
    }

    /** The administrator circulates the draft: attendees may propose amendments until the window closes. */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public Meeting circulateDraft(Long meetingId, int reviewDays) {
        Meeting m = load(meetingId);
        access.requireManage(m.getGroup());
        requireStatus(m, MeetingStatus.HELD, "Only the minutes of a held meeting can be circulated as a draft.");
        if (reviewDays < 1 || reviewDays > 28) {
            throw new BusinessException("Give attendees between 1 and 28 days to comment.");
        }
        m.setStatus(MeetingStatus.MINUTES_DRAFTED);
        m.setReviewUntil(LocalDate.now(Meeting.LONDON).plusDays(reviewDays));
        Long me = CurrentUser.memberId().orElse(-1L);
        // Start-up seeding runs as SYSTEM and must not email the demo accounts.
        List<Seat> toNotify = CurrentUser.get().isPresent() ? seats.findByGroup(m.getGroup().getId()) : List.of();
        for (Seat s : toNotify) {
            if (s.getMember() != null && !s.getMember().getId().equals(me)) {
                notifications.notify(s.getMember(), cut("Draft minutes to review: " + m.getTitle()),
                        "Please propose any amendments by " + m.getReviewUntil() + ".", "meetings/" + m.getId());
            }
        }
        return flushMeeting(m, MeetingChange.Kind.STATUS);
    }

    @Transactional
    @PreAuthorize("isAuthenticated()")
    public Meeting approveMinutes(Long meetingId) {
        Meeting m = load(meetingId);
        if (!access.canApprove(m.getGroup())) {
            throw new AccessDeniedException("Only the convenor approves minutes");
        }
        requireStatus(m, MeetingStatus.MINUTES_DRAFTED, "Circulate the draft minutes before approving them.");
        m.setStatus(MeetingStatus.MINUTES_PUBLISHED);
        m.setMinutesApprovedAt(Instant.now());
        return flushMeeting(m, MeetingChange.Kind.STATUS);
    }

    @Transactional
    @PreAuthorize("isAuthenticated()")
    public Meeting savePdsa(Long meetingId, long expectedVersion, String plan, String done, String study, String act) {
        Meeting m = load(meetingId);
        access.requireSeatHolder(m.getGroup());
        if (m.getVersion() != expectedVersion) {
            throw new ConcurrentEditException("This meeting's PDSA review");
        }
        m.setPdsaPlan(plan);
        m.setPdsaDo(done);
        m.setPdsaStudy(study);
        m.setPdsaAct(act);
        return flushMeeting(m, MeetingChange.Kind.STATUS);
    }

    // ---- agenda --------------------------------------------------------------------------------------------

    @Transactional
    @PreAuthorize("isAuthenticated()")
    public AgendaItem addItem(Long meetingId, String title, String presenter, int minutesAllotted, String declarations) {
        Meeting m = load(meetingId);
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
    @PreAuthorize("isAuthenticated()")
    public AgendaItem updateItem(Long itemId, long expectedVersion, String title, String presenter, int minutesAllotted,
                                 String declarations) {
        AgendaItem item = loadItem(itemId);
        access.requireManage(item.getMeeting().getGroup());
        requireNotPublished(item.getMeeting());
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
    @PreAuthorize("isAuthenticated()")
    public void moveItem(Long itemId, int delta) {
        AgendaItem item = loadItem(itemId);
        access.requireManage(item.getMeeting().getGroup());
        requireNotPublished(item.getMeeting());
        List<AgendaItem> list = new ArrayList<>(items.findByMeetingIdOrderByPosition(item.getMeeting().getId()));
        int from = list.indexOf(item);
        int to = Math.max(0, Math.min(list.size() - 1, from + delta));
        list.remove(from);
        list.add(to, item);
        for (int i = 0; i < list.size(); i++) {
            list.get(i).setPosition(i + 1);
        }
        broadcaster.meetingChanged(item.getMeeting().getId(), MeetingChange.Kind.AGENDA, itemId);
    }

    @Transactional
    @PreAuthorize("isAuthenticated()")
    public void removeItem(Long itemId) {
        AgendaItem item = loadItem(itemId);
        access.requireManage(item.getMeeting().getGroup());
        requireNotPublished(item.getMeeting());
        Long meetingId = item.getMeeting().getId();
        for (Paper p : papers.findByMeeting(meetingId)) {
            if (p.getAgendaItem().equals(item)) {
                store.delete(p.getStorageKey());
                papers.delete(p);
            }
        }
        em.createQuery("delete from MinutesComment c where c.agendaItem = :item").setParameter("item", item).executeUpdate();
        items.delete(item);
        items.flush();
        List<AgendaItem> rest = items.findByMeetingIdOrderByPosition(meetingId);
        for (int i = 0; i < rest.size(); i++) {
            rest.get(i).setPosition(i + 1);
        }
        broadcaster.meetingChanged(meetingId, MeetingChange.Kind.AGENDA, itemId);
    }

    /** Checks the file by its content (see {@link PaperInspector}) before anything is written. */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public Paper addPaper(Long itemId, String originalName, byte[] data) {
        AgendaItem item = loadItem(itemId);
        access.requireSeatHolder(item.getMeeting().getGroup());
        requireNotPublished(item.getMeeting());
        PaperInspector.Checked checked = PaperInspector.check(originalName, data);
        String key = store.save(data);
        Paper saved = papers.save(new Paper(item, checked.fileName(), checked.contentType(), data.length, key,
                CurrentUser.get().map(QUser::displayName).orElse("System")));
        broadcaster.meetingChanged(item.getMeeting().getId(), MeetingChange.Kind.AGENDA, itemId);
        return saved;
    }

    @Transactional
    @PreAuthorize("isAuthenticated()")
    public void removePaper(Long paperId) {
        Paper p = papers.findWithMeeting(paperId).orElseThrow(() -> new BusinessException("That paper no longer exists."));
        access.requireManage(p.getAgendaItem().getMeeting().getGroup());
        store.delete(p.getStorageKey());
        papers.delete(p);
        broadcaster.meetingChanged(p.getAgendaItem().getMeeting().getId(), MeetingChange.Kind.AGENDA, null);
    }

    // ---- attendance ----------------------------------------------------------------------------------------

    @Transactional
    @PreAuthorize("isAuthenticated()")
    public void recordAttendance(Long meetingId, Long seatId, AttendanceStatus status) {
        Meeting m = load(meetingId);
        access.requireManage(m.getGroup());
        requireNotPublished(m);
        Seat seat = seats.findById(seatId).filter(s -> s.getGroup().equals(m.getGroup()))
                .orElseThrow(() -> new BusinessException("That seat is not in this group."));
        Attendance a = attendance.findByMeetingIdAndSeatId(meetingId, seatId)
                .orElseGet(() -> attendance.save(new Attendance(m, seat, seat.getMember(), status)));
        a.setStatus(status);
        a.setMember(seat.getMember());
        broadcaster.meetingChanged(meetingId, MeetingChange.Kind.ATTENDANCE, seatId);
    }

    // ---- minutes -------------------------------------------------------------------------------------------

    /**
     * Saves one item's minutes. If someone saved in between, their text wins unless it is still the text this
     * editor started from (then nobody else touched the minutes, only the item's details); otherwise the caller
     * gets both versions to merge.
     */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public AgendaItem saveMinutes(Long itemId, long expectedVersion, String baseText, String newText) {
        AgendaItem item = loadItem(itemId);
        access.requireSeatHolder(item.getMeeting().getGroup());
        requireNotPublished(item.getMeeting());
        if (newText != null && newText.length() > 60000) {
            throw new BusinessException("Minutes for one item are limited to 60,000 characters.");
        }
        if (item.getVersion() != expectedVersion
                && !Objects.equals(nullToEmpty(item.getMinutesText()), nullToEmpty(baseText))) {
            throw new MinutesConflictException(item.getMinutesText(), item.getVersion());
        }
        item.setMinutesText(newText);
        try {
            items.flush();
        } catch (ObjectOptimisticLockingFailureException e) {
            AgendaItem theirs = items.findById(itemId).orElseThrow();
            throw new MinutesConflictException(theirs.getMinutesText(), theirs.getVersion());
        }
        broadcaster.meetingChanged(item.getMeeting().getId(), MeetingChange.Kind.MINUTES, itemId);
        return item;
    }

    @Transactional
    @PreAuthorize("isAuthenticated()")
    public MinutesComment proposeAmendment(Long itemId, String text) {
        AgendaItem item = loadItem(itemId);
        Meeting m = item.getMeeting();
        access.requireSeatHolder(m.getGroup());
        if (m.getStatus() != MeetingStatus.MINUTES_DRAFTED || !reviewOpen(m)) {
            throw new BusinessException("Amendments can be proposed only while the draft minutes are out for review.");
        }
        if (text == null || text.isBlank() || text.length() > 2000) {
            throw new BusinessException("Write your proposed amendment in 2,000 characters or fewer.");
        }
        Member me = em.find(Member.class, CurrentUser.memberId().orElseThrow(() -> new AccessDeniedException("No member")));
        MinutesComment c = comments.save(new MinutesComment(item, me, text.strip()));
        broadcaster.meetingChanged(m.getId(), MeetingChange.Kind.COMMENTS, itemId);
        return c;
    }

    @Transactional
    @PreAuthorize("isAuthenticated()")
    public Decision addDecision(Long meetingId, String text, LocalDate reviewDate) {
        Meeting m = load(meetingId);
        access.requireSeatHolder(m.getGroup());
        requireNotPublished(m);
        if (text == null || text.isBlank()) {
            throw new BusinessException("Describe the decision.");
        }
        Decision d = decisions.save(new Decision(m, text.strip(), reviewDate));
        broadcaster.meetingChanged(meetingId, MeetingChange.Kind.DECISIONS, d.getId());
        return d;
    }

    @Transactional
    @PreAuthorize("isAuthenticated()")
    public void removeDecision(Long decisionId) {
        Decision d = decisions.findById(decisionId).orElseThrow(() -> new BusinessException("That decision no longer exists."));
        Meeting m = load(d.getMeeting().getId());
        access.requireSeatHolder(m.getGroup());
        requireNotPublished(m);
        decisions.delete(d);
        broadcaster.meetingChanged(m.getId(), MeetingChange.Kind.DECISIONS, decisionId);
    }

    @Transactional
    @PreAuthorize("isAuthenticated()")
    public ActionItem addAction(Long meetingId, String description, Long ownerId, LocalDate dueDate) {
        Meeting m = load(meetingId);
        access.requireSeatHolder(m.getGroup());
        requireNotPublished(m);
        if (description == null || description.isBlank()) {
            throw new BusinessException("Describe the action.");
        }
        Member owner = ownerId == null ? null : em.find(Member.class, ownerId);
        ActionItem a = actions.save(new ActionItem(m, description.strip(), owner, dueDate));
        if (owner != null && CurrentUser.get().isPresent() && !CurrentUser.memberId().map(owner.getId()::equals).orElse(false)) {
            notifications.notify(owner, cut("New action for you: " + m.getGroup().getName()),
                    a.getDescription() + (dueDate == null ? "" : " (due " + dueDate + ")"), "meetings/" + m.getId());
        }
        broadcaster.meetingChanged(meetingId, MeetingChange.Kind.ACTIONS, a.getId());
        return a;
    }

    /** Seat holders update action status at any time, including carried actions of published meetings. */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public void setActionStatus(Long actionId, ActionStatus status, Long viewingMeetingId) {
        ActionItem a = actions.findWithMeeting(actionId).orElseThrow(() -> new BusinessException("That action no longer exists."));
        access.requireSeatHolder(a.getMeeting().getGroup());
        a.setStatus(status);
        broadcaster.meetingChanged(a.getMeeting().getId(), MeetingChange.Kind.ACTIONS, actionId);
        if (viewingMeetingId != null && !viewingMeetingId.equals(a.getMeeting().getId())) {
            broadcaster.meetingChanged(viewingMeetingId, MeetingChange.Kind.ACTIONS, actionId);
        }
    }

    /** Seat holders of the group, as candidates for action owners. */
    @PreAuthorize("isAuthenticated()")
    public List<Member> seatHolders(Meeting meeting) {
        access.requireSeatHolder(meeting.getGroup());
        return seats.findByGroup(meeting.getGroup().getId()).stream().map(Seat::getMember).filter(Objects::nonNull).toList();
    }

    // ---- helpers -------------------------------------------------------------------------------------------

    private Meeting load(Long id) {
        return meetings.findWithGroup(id).orElseThrow(() -> new BusinessException("This meeting no longer exists."));
    }

    private AgendaItem loadItem(Long id) {
        return items.findWithMeeting(id).orElseThrow(() -> new BusinessException("This agenda item no longer exists."));
    }

    private Meeting flushMeeting(Meeting m, MeetingChange.Kind kind) {
        try {
            meetings.flush();
        } catch (ObjectOptimisticLockingFailureException e) {
            throw new ConcurrentEditException("This meeting");
        }
        broadcaster.meetingChanged(m.getId(), kind, null);
        broadcaster.groupChanged(m.getGroup().getId(), kind);
        return m;
    }

    private static boolean reviewOpen(Meeting m) {
        return m.getReviewUntil() == null || !LocalDate.now(Meeting.LONDON).isAfter(m.getReviewUntil());
    }

    private static void requireStatus(Meeting m, MeetingStatus expected, String message) {
        if (m.getStatus() != expected) {
            throw new BusinessException(message);
        }
    }

    private static void requireNotPublished(Meeting m) {
        if (m.isMinutesPublished()) {
            throw new BusinessException("The minutes of this meeting are approved and published; they can no longer be changed.");
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }

    /** Notification titles are limited to 200 characters. */
    private static String cut(String s) {
        return s.length() <= 200 ? s : s.substring(0, 197) + "...";
    }
}
