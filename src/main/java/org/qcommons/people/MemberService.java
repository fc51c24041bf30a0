package org.qcommons.people;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.qcommons.base.BusinessException;
import org.qcommons.base.ConcurrentEditException;
import org.qcommons.base.security.CurrentUser;
import org.qcommons.base.security.QUser;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The member directory and profiles. Directory consent is enforced here and in the queries. */
@Service
@Transactional(readOnly = true)
public class MemberService {

    private final MemberRepository members;
    private final ApplicationEventPublisher events;

    MemberService(MemberRepository members, ApplicationEventPublisher events) {
        this.members = members;
        this.events = events;
    }

    @PreAuthorize("isAuthenticated()")
    public Page<Member> directory(MemberFilter filter, Pageable pageable) {
        MemberFilter f = filter == null ? MemberFilter.any() : filter;
        return members.findDirectory(
                f.nameLike(), f.regionId(), f.stpId(), f.organisationId(), f.professionOrNull(), pageable);
    }

    /** A profile is visible to others only with consent; the member and ADMINs always see it. */
    @PreAuthorize("isAuthenticated()")
    public Optional<Member> profile(Long id) {
        if (id == null) {
            return Optional.empty();
        }
        return members.findWithDetails(id).filter(this::visibleToCurrentUser);
    }

    @PreAuthorize("isAuthenticated()")
    public Member me() {
        Long id = CurrentUser.memberId().orElseThrow(() -> new AccessDeniedException("Not signed in"));
        return members.findWithDetails(id).orElseThrow(() -> new BusinessException("Your profile no longer exists."));
    }

    @PreAuthorize("isAuthenticated()")
    public boolean canEdit(Member member) {
        return CurrentUser.isAdmin()
                || CurrentUser.memberId()
                        .filter(id -> id.equals(member.getId()))
                        .isPresent();
    }

    @Transactional
    @PreAuthorize("isAuthenticated()")
    public Member updateProfile(Member edited) {
        if (edited.isNew() || !canEdit(edited)) {
            throw new AccessDeniedException("You may only edit your own profile");
        }
        members.findByEmailIgnoreCase(edited.getEmail().trim())
                .filter(other -> !other.getId().equals(edited.getId()))
                .ifPresent(other -> {
                    throw new BusinessException("Another member already uses this email address.");
                });
        Member current = members.findById(edited.getId())
                .orElseThrow(() -> new BusinessException("This profile no longer exists."));
        if (current.getVersion() != edited.getVersion()) {
            throw new ConcurrentEditException("This profile");
        }
        if (edited.getOrganisation() != null && edited.getStp() == null) {
            edited.setStp(edited.getOrganisation().getStp());
        }
        String wanted = edited.getEmail().trim();
        Optional<QUser> actor = CurrentUser.get();
        if (actor.isPresent() && !wanted.equalsIgnoreCase(current.getEmail())) {
            // Proof first, whoever asks: a new address changes nothing until the link sent to it is used, and the
            // old one is told (decisions 112 and 128). An ADMIN's typing mistake would otherwise send the member's
            // mail, resets included, to a stranger. Only work with no person behind it (the demo seeders, as the
            // system) sets the address at once.
            boolean own =
                    actor.get().memberId() != null && actor.get().memberId().equals(current.getId());
            edited.setEmail(current.getEmail());
            events.publishEvent(new ContactEmailChangeRequested(
                    current.getId(),
                    current.getEmail(),
                    wanted,
                    own ? null : actor.get().displayName()));
        }
        try {
            members.saveAndFlush(edited);
            // Re-read with its associations fetched: the merged copy holds proxies that views cannot load.
            return members.findWithDetails(edited.getId()).orElseThrow();
        } catch (ObjectOptimisticLockingFailureException e) {
            throw new ConcurrentEditException("This profile");
        }
    }

    /** Called once the new address has been proved (the link sent to it was used); ADMIN or SYSTEM only. */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public void changeEmail(Long memberId, String newEmail) {
        Member member =
                members.findById(memberId).orElseThrow(() -> new BusinessException("This profile no longer exists."));
        members.findByEmailIgnoreCase(newEmail.trim())
                .filter(other -> !other.getId().equals(memberId))
                .ifPresent(other -> {
                    throw new BusinessException("Another member already uses this email address.");
                });
        member.setEmail(newEmail.trim());
    }

    /**
     * Removes a registration whose address was never confirmed, once the accounts feature has removed its account
     * and links (decision 128). False, and nothing removed, if the member has confirmed meanwhile.
     */
    @Transactional
    @PreAuthorize("hasRole('SYSTEM')")
    public boolean removeUnconfirmed(Long memberId) {
        return members.findById(memberId)
                .filter(m -> m.getStatus() == MemberStatus.UNVERIFIED)
                .map(m -> {
                    members.delete(m);
                    members.flush();
                    return true;
                })
                .orElse(false);
    }

    @PreAuthorize("hasRole('ADMIN')")
    public Page<Member> pending(Pageable pageable) {
        return members.findByStatusOrderByCreatedAtAsc(MemberStatus.PENDING, pageable);
    }

    @PreAuthorize("hasRole('ADMIN')")
    public long countPending() {
        return members.countByStatus(MemberStatus.PENDING);
    }

    @PreAuthorize("permitAll()")
    public long countActive() {
        return members.countByStatus(MemberStatus.ACTIVE);
    }

    @PreAuthorize("permitAll()")
    public Map<String, Long> activeByRegion() {
        Map<String, Long> result = new LinkedHashMap<>();
        members.countActiveByRegion().forEach(row -> result.put((String) row[0], (Long) row[1]));
        return result;
    }

    @PreAuthorize("isAuthenticated()")
    public List<String> professions() {
        return members.findProfessions();
    }

    @PreAuthorize("isAuthenticated()")
    public List<Member> consentingMembersOf(Long organisationId) {
        return members.findConsentingByOrganisation(organisationId);
    }

    @PreAuthorize("permitAll()")
    public boolean emailTaken(String email) {
        return members.findByEmailIgnoreCase(email).isPresent();
    }

    /** Used by registration and seeding inside their own guarded methods. */
    @Transactional
    @PreAuthorize("permitAll()")
    public Member saveNew(Member member) {
        if (!member.isNew()) {
            throw new IllegalArgumentException("Member already saved");
        }
        return members.save(member);
    }

    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public void changeStatus(Long memberId, MemberStatus status) {
        members.findById(memberId)
                .orElseThrow(() -> new BusinessException("That member no longer exists."))
                .setStatus(status);
    }

    private boolean visibleToCurrentUser(Member m) {
        boolean self = CurrentUser.memberId().filter(id -> id.equals(m.getId())).isPresent();
        return self || CurrentUser.isAdmin() || (m.isActive() && m.isDirectoryConsent());
    }

    /** The name and directory consent of each of these members that exists; the caller decides what to show. */
    @PreAuthorize("permitAll()")
    public List<MemberName> names(Collection<Long> ids) {
        return ids == null || ids.isEmpty() ? List.of() : members.findNames(ids);
    }

    /** Active members per region, counting only these members (in slices, to stay within the database's limits). */
    @PreAuthorize("isAuthenticated()")
    public Map<String, Long> activeByRegionAmong(Collection<Long> ids) {
        Map<String, Long> result = new TreeMap<>();
        List<Long> all = List.copyOf(ids);
        for (int from = 0; from < all.size(); from += 10_000) {
            members.countActiveByRegionAmong(all.subList(from, Math.min(all.size(), from + 10_000)))
                    .forEach(row -> result.merge((String) row[0], (Long) row[1], Long::sum));
        }
        return result;
    }

    /** An ADMIN's search over all members (active, pending, deactivated), by name or email. */
    @PreAuthorize("hasRole('ADMIN')")
    public List<Member> searchAll(String text, MemberStatus status, int max) {
        String like = text == null || text.isBlank() ? null : "%" + text.trim().toLowerCase(Locale.UK) + "%";
        return members.searchAll(like, status, PageRequest.of(0, max));
    }

    /** Any member with this email, whatever their status: for setup, invitations and the ADMIN's search. */
    @PreAuthorize("hasRole('ADMIN') or hasRole('SYSTEM')")
    public Optional<Member> byEmail(String email) {
        return email == null || email.isBlank() ? Optional.empty() : members.findByEmailIgnoreCase(email.trim());
    }

    /** For imports: the active member with this email, consent or not (an ADMIN is loading their own data). */
    @PreAuthorize("hasRole('ADMIN') or hasRole('SYSTEM')")
    public Optional<Member> activeByEmail(String email) {
        return email == null || email.isBlank() ? Optional.empty() : members.findActiveByEmail(email.trim());
    }
}
