package org.qcommons.meetings;

import static org.qcommons.meetings.MeetingRules.cut;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.qcommons.base.BusinessException;
import org.qcommons.base.security.CurrentUser;
import org.qcommons.notifications.NotificationService;
import org.qcommons.people.Member;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The group's thread between meetings, in place of the pilot's chat group. It is for the seat holders only;
 * "@Full Name" of a seat holder notifies them.
 */
@Service
@Transactional(readOnly = true)
public class DiscussionService {

    private final PostRepository posts;
    private final GroupRepository groups;
    private final SeatRepository seats;
    private final GroupAccess access;
    private final NotificationService notifications;
    private final MeetingBroadcaster broadcaster;
    private final EntityManager em;
    private final Clock clock;
    private final List<HiddenPosts> hidden;

    DiscussionService(
            PostRepository posts,
            GroupRepository groups,
            SeatRepository seats,
            GroupAccess access,
            NotificationService notifications,
            MeetingBroadcaster broadcaster,
            EntityManager em,
            Clock clock,
            List<HiddenPosts> hidden) {
        this.clock = clock;
        this.hidden = hidden;
        this.posts = posts;
        this.groups = groups;
        this.seats = seats;
        this.access = access;
        this.notifications = notifications;
        this.broadcaster = broadcaster;
        this.em = em;
    }

    @PreAuthorize("isAuthenticated()")
    public List<Post> thread(MeetingGroup group) {
        access.requireSeatHolder(group);
        Set<Long> held = new HashSet<>();
        hidden.forEach(h -> held.addAll(h.hiddenIn(group.getId())));
        Long me = CurrentUser.memberId().orElse(-1L);
        return posts.findByGroup(group.getId()).stream()
                .filter(p -> !held.contains(p.getId()) || p.getAuthor().getId().equals(me))
                .toList();
    }

    @Transactional
    @PreAuthorize("isAuthenticated()")
    public Post post(Long groupId, Long parentId, String body) {
        Long meId = CurrentUser.memberId().orElseThrow(() -> new AccessDeniedException("Posts need a member profile"));
        return postAs(groupId, meId, parentId, body);
    }

    /** For demo seeding, which runs as SYSTEM and writes on behalf of a seat holder. */
    @Transactional
    Post postAs(Long groupId, Long meId, Long parentId, String body) {
        MeetingGroup group =
                groups.findById(groupId).orElseThrow(() -> new BusinessException("This group no longer exists."));
        access.requireSeatHolder(group);
        if (body == null || body.isBlank()) {
            throw new BusinessException("Write something before posting.");
        }
        if (body.length() > 4000) {
            throw new BusinessException("Keep posts to 4,000 characters or fewer.");
        }
        Member me = em.find(Member.class, meId);
        Post parent = parentId == null
                ? null
                : posts.findById(parentId)
                        .filter(p -> p.getGroup().getId().equals(groupId))
                        .orElseThrow(() -> new BusinessException("The post you replied to no longer exists."));
        // Replies attach to the top-level post, so the thread stays two levels deep.
        if (parent != null && parent.getParent() != null) {
            parent = parent.getParent();
        }
        Post saved = posts.save(new Post(group, parent, me, body.strip(), clock.instant()));
        for (Member mentioned : mentioned(group, body)) {
            if (!mentioned.getId().equals(meId) && CurrentUser.get().isPresent()) {
                notifications.notify(
                        mentioned,
                        cut(me.getFullName() + " mentioned you in " + group.getName()),
                        cut(body.strip()),
                        "groups/" + group.getSlug() + "?tab=discussion",
                        me);
            }
        }
        broadcaster.groupChanged(groupId, MeetingChange.Kind.DISCUSSION);
        return saved;
    }

    /** Seat holders whose full name follows an @ in the text. */
    Set<Member> mentioned(MeetingGroup group, String body) {
        String text = body.toLowerCase(Locale.ROOT);
        Set<Member> found = new LinkedHashSet<>();
        seats.findByGroup(group.getId()).stream()
                .map(Seat::getMember)
                .filter(Objects::nonNull)
                .filter(m -> text.contains("@" + m.getFullName().toLowerCase(Locale.ROOT)))
                .forEach(found::add);
        return found;
    }
}
