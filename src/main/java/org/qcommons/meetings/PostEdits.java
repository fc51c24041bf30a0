package org.qcommons.meetings;

import static org.qcommons.meetings.MeetingRules.cut;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.qcommons.base.BusinessException;
import org.qcommons.base.ConcurrentEditException;
import org.qcommons.base.security.CurrentUser;
import org.qcommons.notifications.NotificationService;
import org.qcommons.people.Member;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Editing and removing discussion posts without losing what was said (decision 114). Authors reword their own
 * posts; authors and the group's managers remove them, leaving a trace with who, when and why. Each earlier
 * wording is kept as a {@link PostVersion}, readable by the author and the group's managers.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class PostEdits {

    private final PostRepository posts;
    private final PostVersionRepository versions;
    private final GroupAccess access;
    private final NotificationService notifications;
    private final MeetingBroadcaster broadcaster;
    private final EntityManager em;
    private final Clock clock;

    PostEdits(
            PostRepository posts,
            PostVersionRepository versions,
            GroupAccess access,
            NotificationService notifications,
            MeetingBroadcaster broadcaster,
            EntityManager em,
            Clock clock) {
        this.posts = posts;
        this.versions = versions;
        this.access = access;
        this.notifications = notifications;
        this.broadcaster = broadcaster;
        this.em = em;
        this.clock = clock;
    }

    /** What the reader may do with the posts of a group's thread, worked out once for the whole thread. */
    public Rights rightsIn(MeetingGroup group) {
        return new Rights(
                CurrentUser.memberId().orElse(null), access.roleIn(group).atLeast(GroupRole.MANAGER));
    }

    @Transactional
    public Post edit(Long postId, long expectedVersion, String body) {
        Post p = current(postId, expectedVersion);
        if (!rightsIn(p.getGroup()).canEdit(p)) {
            throw new AccessDeniedException("Only the author edits a post");
        }
        if (body == null || body.isBlank()) {
            throw new BusinessException("A post cannot be empty. To take it down, remove it instead.");
        }
        if (body.length() > 4000) {
            throw new BusinessException("Keep posts to 4,000 characters or fewer.");
        }
        String wording = body.strip();
        if (wording.equals(p.getBody())) {
            return p;
        }
        Instant now = clock.instant();
        versions.save(new PostVersion(p.getId(), p.getBody(), writtenAt(p), now, me(), PostVersion.Change.EDITED));
        p.reword(wording, now);
        broadcaster.groupChanged(p.getGroup().getId(), MeetingChange.Kind.DISCUSSION);
        return p;
    }

    /**
     * Takes a post down, leaving "removed by ... on ..." in its place. A manager removing someone else's post must
     * say why, and the author is told.
     */
    @Transactional
    public Post remove(Long postId, long expectedVersion, String reason) {
        Post p = current(postId, expectedVersion);
        Rights rights = rightsIn(p.getGroup());
        if (!rights.canRemove(p)) {
            throw new AccessDeniedException("Only the author or the group's managers remove a post");
        }
        boolean own = rights.isAuthor(p);
        String why = reason == null ? "" : reason.strip();
        if (!own && why.isEmpty()) {
            throw new BusinessException("Say why you are removing someone else's post; they will be told.");
        }
        if (why.length() > 1000) {
            throw new BusinessException("Keep the reason to 1,000 characters.");
        }
        Instant now = clock.instant();
        Member by = me();
        versions.save(new PostVersion(p.getId(), p.getBody(), writtenAt(p), now, by, PostVersion.Change.REMOVED));
        p.remove(by, why.isEmpty() ? null : why, now);
        if (!own) {
            MeetingGroup g = p.getGroup();
            notifications.notify(
                    p.getAuthor(),
                    cut("Your post in " + g.getName() + " was removed"),
                    cut("A manager of the group removed your post. Why: " + why),
                    "groups/" + g.getSlug() + "?tab=discussion");
        }
        broadcaster.groupChanged(p.getGroup().getId(), MeetingChange.Kind.DISCUSSION);
        return p;
    }

    /** Earlier wordings, oldest first: for the author and the group's managers. */
    public List<PostVersion> history(Long postId) {
        Post p = posts.findById(postId).orElseThrow(() -> new BusinessException("That post no longer exists."));
        access.requireSeatHolder(p.getGroup());
        if (!rightsIn(p.getGroup()).canSeeHistory(p)) {
            throw new AccessDeniedException("Only the author and the group's managers read a post's history");
        }
        return versions.findByPost(postId);
    }

    private Post current(Long postId, long expectedVersion) {
        Post p = posts.findById(postId).orElseThrow(() -> new BusinessException("That post no longer exists."));
        access.requireSeatHolder(p.getGroup());
        if (p.isRemoved()) {
            throw new BusinessException("This post has been removed.");
        }
        if (p.getVersion() != expectedVersion) {
            throw new ConcurrentEditException("This post");
        }
        return p;
    }

    private static Instant writtenAt(Post p) {
        return p.getEditedAt() != null ? p.getEditedAt() : p.getCreatedAt();
    }

    private Member me() {
        return CurrentUser.memberId().map(id -> em.find(Member.class, id)).orElse(null);
    }

    /** The reader's rights over posts; managers are the group's convenors, administrator seats and ADMINs. */
    public record Rights(Long memberId, boolean manager) {

        public boolean isAuthor(Post p) {
            return memberId != null && Objects.equals(p.getAuthor().getId(), memberId);
        }

        public boolean canEdit(Post p) {
            return !p.isRemoved() && isAuthor(p);
        }

        public boolean canRemove(Post p) {
            return !p.isRemoved() && (isAuthor(p) || manager);
        }

        public boolean canSeeHistory(Post p) {
            return (p.getEditedAt() != null || p.isRemoved()) && (isAuthor(p) || manager);
        }
    }
}
