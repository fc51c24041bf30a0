package org.qcommons.governance;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import org.qcommons.base.BusinessException;
import org.qcommons.base.security.CurrentUser;
import org.qcommons.base.security.QUser;
import org.qcommons.base.security.Role;
import org.qcommons.meetings.GroupService;
import org.qcommons.meetings.HiddenPosts;
import org.qcommons.meetings.Post;
import org.qcommons.notifications.NotificationService;
import org.qcommons.people.Member;
import org.qcommons.projects.Project;
import org.qcommons.projects.ProjectModeration;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Concerns handled in the open (decision 095): any member raises one, convenors and ADMINs reply, mediate, hide a
 * post pending review and close with an outcome; the raiser is told the outcome and a hidden post's author why.
 * Every step is a note; nothing is deleted.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class ConcernService implements HiddenPosts {

    private final ConcernRepository concerns;
    private final ConcernNoteRepository notes;
    private final GroupService groups;
    private final NotificationService notifications;
    private final ProjectModeration projects;
    private final EntityManager em;
    private final Clock clock;

    ConcernService(
            ConcernRepository concerns,
            ConcernNoteRepository notes,
            GroupService groups,
            NotificationService notifications,
            ProjectModeration projects,
            EntityManager em,
            Clock clock) {
        this.projects = projects;
        this.concerns = concerns;
        this.notes = notes;
        this.groups = groups;
        this.notifications = notifications;
        this.em = em;
        this.clock = clock;
    }

    @Transactional
    public Concern raise(ConcernSubject type, Long subjectId, String reason, boolean confidential) {
        Member me = em.find(Member.class, me());
        if (type == null || subjectId == null) {
            throw new BusinessException("Say what the concern is about.");
        }
        if (reason == null || reason.isBlank()) {
            throw new BusinessException("Say why you are concerned.");
        }
        if (reason.length() > 4000) {
            throw new BusinessException("Keep the reason to 4,000 characters.");
        }
        String label;
        Long groupId = null;
        switch (type) {
            case DISCUSSION_POST -> {
                Post p = em.find(Post.class, subjectId);
                if (p == null || !groups.viewer(p.getGroup()).seatHolder()) {
                    throw new BusinessException("That post no longer exists.");
                }
                groupId = p.getGroup().getId();
                String body = p.getBody();
                label = "Post by " + p.getAuthor().getFullName() + " in "
                        + p.getGroup().getName() + ": \"" + (body.length() > 80 ? body.substring(0, 80) + "…" : body)
                        + "\"";
            }
            case PROJECT -> {
                Project p = em.find(Project.class, subjectId);
                if (p == null) {
                    throw new BusinessException("That project no longer exists.");
                }
                label = "Project: " + p.getTitle();
            }
            default -> {
                Member m = em.find(Member.class, subjectId);
                if (m == null) {
                    throw new BusinessException("That member no longer exists.");
                }
                if (m.getId().equals(me.getId())) {
                    throw new BusinessException("You cannot raise a concern about yourself.");
                }
                label = "Conduct of " + m.getFullName();
            }
        }
        Concern c = concerns.save(
                new Concern(type, subjectId, label, groupId, me, reason.trim(), confidential, clock.instant()));
        note(c, ConcernNote.Kind.RAISED, reason.trim());
        return c;
    }

    /** The queue, open concerns first, for the convenors and ADMINs who may handle them. */
    @PreAuthorize("hasAnyRole('ADMIN','CONVENOR')")
    public List<Concern> queue() {
        return concerns.findQueue().stream().filter(this::canHandle).toList();
    }

    public List<Concern> mine() {
        return concerns.findRaisedBy(me());
    }

    /** Handlers see every note; the raiser sees the replies and the outcome, not the mediation notes. */
    public List<ConcernNote> notes(Long id) {
        Concern c = concern(id);
        if (canHandle(c)) {
            return notes.findByConcern(id);
        }
        if (c.getRaisedBy().getId().equals(me())) {
            return notes.findByConcern(id).stream()
                    .filter(n -> n.getKind() != ConcernNote.Kind.MEDIATION)
                    .toList();
        }
        throw new AccessDeniedException("Not your concern");
    }

    @Transactional
    public void reply(Long id, String text) {
        Concern c = handling(id);
        note(c, ConcernNote.Kind.REPLY, required(text));
        notifications.notify(c.getRaisedBy(), "A reply about your concern", text.trim(), "concerns");
    }

    @Transactional
    public void mediate(Long id, String text) {
        Concern c = handling(id);
        c.setStatus(ConcernStatus.IN_MEDIATION);
        note(c, ConcernNote.Kind.MEDIATION, required(text));
    }

    /** Holds a post or a project entry back pending review; its author (the project's lead) is told why. */
    @Transactional
    public void hide(Long id, String why) {
        Concern c = handling(id);
        if (c.getSubjectType() == ConcernSubject.CONDUCT) {
            throw new BusinessException("Only discussion posts and project entries can be hidden pending review.");
        }
        if (c.isContentHidden()) {
            throw new BusinessException("It is already hidden.");
        }
        String reason = required(why);
        c.setContentHidden(true);
        note(c, ConcernNote.Kind.HIDDEN, reason);
        if (c.getSubjectType() == ConcernSubject.PROJECT) {
            Project p = projects.withhold(c.getSubjectId(), reason);
            notifications.notify(
                    p.getLead(),
                    "Your project entry is hidden pending review",
                    "\"" + p.getTitle() + "\" is out of the register while a concern about it is reviewed. Why: "
                            + reason,
                    "projects/" + p.getId());
            return;
        }
        Post p = em.find(Post.class, c.getSubjectId());
        notifications.notify(
                p.getAuthor(),
                "Your post in " + p.getGroup().getName() + " is hidden pending review",
                "The group's convenor has hidden your post while a concern about it is reviewed. Why: " + reason,
                "groups/" + p.getGroup().getSlug() + "?tab=discussion");
    }

    /** Shows hidden content again while the concern stays open, saying why. */
    @Transactional
    public void showAgain(Long id, String why) {
        Concern c = handling(id);
        if (!c.isContentHidden()) {
            throw new BusinessException("It is not hidden.");
        }
        note(c, ConcernNote.Kind.SHOWN_AGAIN, required(why));
        restore(c);
    }

    private void restore(Concern c) {
        c.setContentHidden(false);
        if (c.getSubjectType() == ConcernSubject.PROJECT) {
            projects.showAgain(c.getSubjectId());
        }
    }

    @Transactional
    public void close(Long id, String outcome, boolean restoreContent) {
        Concern c = handling(id);
        c.setStatus(ConcernStatus.CLOSED);
        c.setOutcome(required(outcome));
        c.setClosedAt(clock.instant());
        if (restoreContent && c.isContentHidden()) {
            restore(c);
        }
        note(c, ConcernNote.Kind.CLOSED, outcome.trim() + (restoreContent ? " (content shown again)" : ""));
        notifications.notify(c.getRaisedBy(), "Your concern has been closed", "Outcome: " + outcome.trim(), "concerns");
    }

    @Override
    @PreAuthorize("permitAll()")
    public Set<Long> hiddenIn(Long groupId) {
        return concerns.findHiddenPosts(groupId);
    }

    @PreAuthorize("permitAll()")
    public boolean canHandle(Concern c) {
        if (CurrentUser.isAdmin()) {
            return true;
        }
        if (!CurrentUser.has(Role.CONVENOR)) {
            return false;
        }
        return c.getGroupId() == null
                || groups.byId(c.getGroupId())
                        .map(g -> groups.viewer(g).canManage())
                        .orElse(false);
    }

    private Concern handling(Long id) {
        Concern c = concern(id);
        if (!canHandle(c)) {
            throw new AccessDeniedException("Only convenors and ADMINs handle concerns");
        }
        if (c.getStatus() == ConcernStatus.CLOSED) {
            throw new BusinessException("This concern is closed.");
        }
        return c;
    }

    private Concern concern(Long id) {
        return concerns.findById(id).orElseThrow(() -> new BusinessException("That concern no longer exists."));
    }

    private static String required(String text) {
        if (text == null || text.isBlank()) {
            throw new BusinessException("Write something first.");
        }
        return text.trim();
    }

    private void note(Concern c, ConcernNote.Kind kind, String body) {
        String author = CurrentUser.get().map(QUser::displayName).orElse("system");
        notes.save(new ConcernNote(c.getId(), kind, author, body, clock.instant()));
    }

    private Long me() {
        return CurrentUser.memberId().orElseThrow(() -> new AccessDeniedException("No member"));
    }
}
