package org.qcommons.meetings;

import jakarta.persistence.EntityManager;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import org.qcommons.base.security.AccessChanged;
import org.qcommons.base.security.CurrentUser;
import org.qcommons.people.Member;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Calendar feed links, one per member and per group (decision 107). A link shows what the group's page shows its
 * member, is revoked from the member's profile, and is withdrawn when the member's access changes: the next visit
 * to the group's page then gives a new one.
 */
@Service
@Transactional
@PreAuthorize("isAuthenticated()")
public class CalendarFeeds {

    /** A feed link as the member's profile lists it. */
    public record Feed(Long id, String groupName, String groupSlug) {}

    private static final SecureRandom RANDOM = new SecureRandom();

    private final FeedTokenRepository tokens;
    private final MeetingLookup lookup;
    private final GroupAccess access;
    private final EntityManager em;
    private final Clock clock;

    CalendarFeeds(FeedTokenRepository tokens, MeetingLookup lookup, GroupAccess access, EntityManager em, Clock clock) {
        this.tokens = tokens;
        this.lookup = lookup;
        this.access = access;
        this.em = em;
        this.clock = clock;
    }

    /** The current member's feed link to the group, made at the first request. */
    public String feedPath(Long groupId) {
        MeetingGroup group = lookup.group(groupId);
        access.requireSee(group);
        Long me = me();
        FeedToken token = tokens.findFor(me, groupId)
                .orElseGet(() -> tokens.save(
                        new FeedToken(em.getReference(Member.class, me), group, newToken(), clock.instant())));
        return "calendar/groups/" + group.getSlug() + ".ics?token=" + token.getToken();
    }

    /** A new link for the current member; the old one stops working at once. */
    public String renew(Long groupId) {
        tokens.findFor(me(), groupId).ifPresent(t -> {
            tokens.delete(t);
            tokens.flush();
        });
        return feedPath(groupId);
    }

    @Transactional(readOnly = true)
    public List<Feed> myFeeds() {
        return tokens.findByMember(me()).stream()
                .map(t ->
                        new Feed(t.getId(), t.getGroup().getName(), t.getGroup().getSlug()))
                .toList();
    }

    public void revoke(Long feedId) {
        Long me = me();
        tokens.findById(feedId).filter(t -> t.getMember().getId().equals(me)).ifPresent(tokens::delete);
    }

    public int revokeAll() {
        return tokens.deleteByMember(me());
    }

    /** The member's rights changed: links made under the old rights are withdrawn (AccessChanged, in base). */
    @ApplicationModuleListener
    @PreAuthorize("permitAll()")
    public void on(AccessChanged changed) {
        if (changed.memberId() != null) {
            tokens.deleteByMember(changed.memberId());
        }
    }

    private static Long me() {
        return CurrentUser.memberId().orElseThrow(() -> new AccessDeniedException("Not signed in"));
    }

    private static String newToken() {
        byte[] b = new byte[24];
        RANDOM.nextBytes(b);
        return HexFormat.of().formatHex(b);
    }
}
