package org.qcommons.buddying;

import static org.qcommons.buddying.BuddyRules.isCoordinator;
import static org.qcommons.buddying.BuddyRules.isSelf;
import static org.qcommons.buddying.BuddyRules.openStatuses;
import static org.qcommons.buddying.BuddyRules.requireSelfOrAdmin;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.qcommons.base.BusinessException;
import org.qcommons.base.ConcurrentEditException;
import org.qcommons.base.security.CurrentUser;
import org.qcommons.notifications.NotificationService;
import org.qcommons.people.Member;
import org.qcommons.people.MemberService;
import org.qcommons.skills.MemberSkill;
import org.qcommons.skills.Skill;
import org.qcommons.skills.SkillLevel;
import org.qcommons.skills.SkillService;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A member's buddy offer and request for a buddy. Matching lives in {@link BuddyMatchService}, the coordinators'
 * overview in {@link BuddyOverviewService} and the pair's life in {@link BuddyPairService}. Any signed-in member
 * may call; each method checks that the offer or request is the caller's own.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class BuddyService {

    private final BuddyOfferRepository offers;
    private final BuddyRequestRepository requests;
    private final MemberService members;
    private final SkillService skills;
    private final NotificationService notifications;
    private final Validator validator;
    private final Clock clock;

    BuddyService(
            BuddyOfferRepository offers,
            BuddyRequestRepository requests,
            MemberService members,
            SkillService skills,
            NotificationService notifications,
            Validator validator,
            Clock clock) {
        this.offers = offers;
        this.requests = requests;
        this.members = members;
        this.skills = skills;
        this.notifications = notifications;
        this.validator = validator;
        this.clock = clock;
    }

    /** Newcomers (joined Q in the last 12 months) and patient or carer members are invited to ask for a buddy. */
    public static boolean invitedToRequest(Member member, LocalDate today) {
        return member.isPatientOrCarer()
                || (member.getJoinedQ() != null && member.getJoinedQ().isAfter(today.minusMonths(12)));
    }

    // ----- offers -----

    public Optional<BuddyOffer> myOffer() {
        return CurrentUser.memberId().flatMap(offers::findByMemberId);
    }

    /** A fresh offer, pre-filled with the skills the member already recorded at practitioner level or above. */
    public BuddyOffer newOfferForMe() {
        Member me = members.me();
        BuddyOffer offer = new BuddyOffer(me);
        offer.setSkills(skills.skillsOf(me.getId()).stream()
                .filter(ms -> ms.getLevel().atLeast(SkillLevel.PRACTITIONER))
                .map(MemberSkill::getSkill)
                .filter(Skill::isActive)
                .collect(Collectors.toSet()));
        return offer;
    }

    @Transactional
    public BuddyOffer saveOffer(BuddyOffer offer) {
        Long memberId = offer.getMember().getId();
        requireSelfOrAdmin(memberId, "You may only change your own buddy offer");
        validate(offer);
        if (offer.isNew()) {
            offers.findByMemberId(memberId).ifPresent(existing -> {
                throw new BusinessException("You already offer to be a buddy. Change that offer instead.");
            });
        } else {
            BuddyOffer current = offers.findById(offer.getId())
                    .orElseThrow(() -> new BusinessException("This buddy offer no longer exists."));
            if (current.getVersion() != offer.getVersion()) {
                throw new ConcurrentEditException("Your buddy offer");
            }
        }
        offer.stampCreated(clock.instant());
        try {
            offers.saveAndFlush(offer);
        } catch (ObjectOptimisticLockingFailureException e) {
            throw new ConcurrentEditException("Your buddy offer");
        }
        return offers.findByMemberId(memberId).orElseThrow();
    }

    // ----- requests -----

    public Optional<BuddyRequest> myOpenRequest() {
        return CurrentUser.memberId()
                .flatMap(id -> requests.findByMemberAndStatus(id, openStatuses()).stream()
                        .findFirst());
    }

    public BuddyRequest newRequestForMe() {
        return new BuddyRequest(members.me());
    }

    /** The requester, an ADMIN or a convenor may see a request. */
    public Optional<BuddyRequest> request(Long id) {
        return id == null
                ? Optional.empty()
                : requests.findWithMember(id).filter(r -> isSelf(r.getMember().getId()) || isCoordinator());
    }

    @Transactional
    public BuddyRequest saveRequest(BuddyRequest request) {
        Long memberId = request.getMember().getId();
        requireSelfOrAdmin(memberId, "You may only change your own request for a buddy");
        validate(request);
        boolean created = request.isNew();
        if (created) {
            if (!requests.findByMemberAndStatus(memberId, openStatuses()).isEmpty()) {
                throw new BusinessException("You already have an open request for a buddy. Change that one instead.");
            }
        } else {
            BuddyRequest current = requests.findById(request.getId())
                    .orElseThrow(() -> new BusinessException("This request no longer exists."));
            if (current.getVersion() != request.getVersion()) {
                throw new ConcurrentEditException("Your request for a buddy");
            }
            if (!current.getStatus().isOpen()) {
                throw new BusinessException("This request is "
                        + current.getStatus().label().toLowerCase() + " and can no longer be changed.");
            }
        }
        request.stampCreated(clock.instant());
        BuddyRequest saved;
        try {
            saved = requests.saveAndFlush(request);
        } catch (ObjectOptimisticLockingFailureException e) {
            throw new ConcurrentEditException("Your request for a buddy");
        }
        if (created) {
            notifications.notify(
                    saved.getMember(),
                    "Your request for a buddy is in the queue",
                    "We will suggest experienced members who can help. You can also look at suggestions yourself.",
                    "buddying/request/" + saved.getId() + "/suggestions");
        }
        return requests.findWithMember(saved.getId()).orElseThrow();
    }

    @Transactional
    public void withdrawRequest(Long requestId) {
        BuddyRequest r = requests.findWithMember(requestId)
                .orElseThrow(() -> new BusinessException("This request no longer exists."));
        requireSelfOrAdmin(r.getMember().getId(), "You may only withdraw your own request");
        if (r.getStatus() != RequestStatus.WAITING) {
            throw new BusinessException("Only a request still waiting in the queue can be withdrawn; this one is "
                    + r.getStatus().label().toLowerCase() + ".");
        }
        r.setStatus(RequestStatus.WITHDRAWN);
    }

    /** Demo data only: a queue with realistic waiting times. */
    @Transactional
    @PreAuthorize("hasRole('SYSTEM')")
    public void backdateRequestForDemo(Long requestId, Instant createdAt) {
        requests.findById(requestId).orElseThrow().backdate(createdAt);
    }

    private void validate(Object bean) {
        Set<ConstraintViolation<Object>> violations = validator.validate(bean);
        if (!violations.isEmpty()) {
            throw new BusinessException(
                    violations.stream()
                                    .map(ConstraintViolation::getMessage)
                                    .sorted()
                                    .collect(Collectors.joining(". ")) + ".");
        }
    }
}
