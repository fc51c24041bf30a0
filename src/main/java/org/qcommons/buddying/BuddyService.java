package org.qcommons.buddying;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import org.qcommons.base.BusinessException;
import org.qcommons.base.ConcurrentEditException;
import org.qcommons.notifications.NotificationService;
import org.qcommons.people.Member;
import org.qcommons.people.MemberService;
import org.qcommons.base.security.CurrentUser;
import org.qcommons.base.security.Role;
import org.qcommons.skills.MemberSkill;
import org.qcommons.skills.Skill;
import org.qcommons.skills.SkillLevel;
import org.qcommons.skills.SkillService;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Buddy offers, requests, suggestions and proposals (one by one or as a cohort), and the overview for ADMINs and
 * convenors. The pair lifecycle after a proposal lives in {@link BuddyPairService}.
 */
@Service
@Transactional(readOnly = true)
public class BuddyService {

    static final String COORDINATORS = "hasAnyRole('ADMIN','CONVENOR')";

    private final BuddyOfferRepository offers;
    private final BuddyRequestRepository requests;
    private final BuddyPairRepository pairs;
    private final BuddyFeedbackRepository feedback;
    private final MemberService members;
    private final SkillService skills;
    private final NotificationService notifications;
    private final MemberTopics topics;
    private final Validator validator;

    BuddyService(BuddyOfferRepository offers, BuddyRequestRepository requests, BuddyPairRepository pairs,
                 BuddyFeedbackRepository feedback, MemberService members, SkillService skills,
                 NotificationService notifications, MemberTopics topics, Validator validator) {
        this.offers = offers;
        this.requests = requests;
        this.pairs = pairs;
        this.feedback = feedback;
        this.members = members;
        this.skills = skills;
        this.notifications = notifications;
        this.topics = topics;
        this.validator = validator;
    }

    /** Newcomers (joined Q in the last 12 months) and patient or carer members are invited to ask for a buddy. */
    public static boolean invitedToRequest(Member member, LocalDate today) {
        return member.isPatientOrCarer()
                || (member.getJoinedQ() != null && member.getJoinedQ().isAfter(today.minusMonths(12)));
    }

    // ----- offers -----

    @PreAuthorize("isAuthenticated()")
    public Optional<BuddyOffer> myOffer() {
        return CurrentUser.memberId().flatMap(offers::findByMemberId);
    }

    /** A fresh offer, pre-filled with the skills the member already recorded at practitioner level or above. */
    @PreAuthorize("isAuthenticated()")
    public BuddyOffer newOfferForMe() {
        Member me = members.me();
        BuddyOffer offer = new BuddyOffer(me);
        offer.setSkills(skills.skillsOf(me.getId()).stream()
                .filter(ms -> ms.getLevel().atLeast(SkillLevel.PRACTITIONER))
                .map(MemberSkill::getSkill).filter(Skill::isActive).collect(Collectors.toSet()));
        return offer;
    }

    @Transactional
    @PreAuthorize("isAuthenticated()")
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
        try {
            offers.saveAndFlush(offer);
        } catch (ObjectOptimisticLockingFailureException e) {
            throw new ConcurrentEditException("Your buddy offer");
        }
        return offers.findByMemberId(memberId).orElseThrow();
    }

    // ----- requests -----

    @PreAuthorize("isAuthenticated()")
    public Optional<BuddyRequest> myOpenRequest() {
        return CurrentUser.memberId()
                .flatMap(id -> requests.findByMemberAndStatus(id, openStatuses()).stream().findFirst());
    }

    @PreAuthorize("isAuthenticated()")
    public BuddyRequest newRequestForMe() {
        return new BuddyRequest(members.me());
    }

    /** The requester, an ADMIN or a convenor may see a request. */
    @PreAuthorize("isAuthenticated()")
    public Optional<BuddyRequest> request(Long id) {
        return id == null ? Optional.empty() : requests.findWithMember(id).filter(r -> isSelf(r.getMember().getId())
                || isCoordinator());
    }

    @Transactional
    @PreAuthorize("isAuthenticated()")
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
                throw new BusinessException("This request is " + current.getStatus().label().toLowerCase()
                        + " and can no longer be changed.");
            }
        }
        BuddyRequest saved;
        try {
            saved = requests.saveAndFlush(request);
        } catch (ObjectOptimisticLockingFailureException e) {
            throw new ConcurrentEditException("Your request for a buddy");
        }
        if (created) {
            notifications.notify(saved.getMember(), "Your request for a buddy is in the queue",
                    "We will suggest experienced members who can help. You can also look at suggestions yourself.",
                    "buddying/request/" + saved.getId() + "/suggestions");
        }
        return requests.findWithMember(saved.getId()).orElseThrow();
    }

    @Transactional
    @PreAuthorize("isAuthenticated()")
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

    // ----- suggestions and proposals -----

    /** Ranked buddies for a waiting request, each with its reasons. Buddies without a free place never appear. */
    @PreAuthorize("isAuthenticated()")
    public List<Suggestion> suggestionsFor(Long requestId) {
        BuddyRequest r = request(requestId).orElseThrow(() -> new BusinessException("This request no longer exists."));
        Set<Long> declined = declinedBuddies(r.getId());
        List<BuddyCandidate> candidates = candidates().stream()
                .filter(c -> !declined.contains(c.memberId()))
                .toList();
        return BuddyScorer.rank(seeker(r), candidates);
    }

    @Transactional
    @PreAuthorize("isAuthenticated()")
    public BuddyPair propose(Long requestId, Long buddyMemberId) {
        BuddyRequest r = requests.findWithMember(requestId)
                .orElseThrow(() -> new BusinessException("This request no longer exists."));
        boolean self = isSelf(r.getMember().getId());
        if (!self && !isCoordinator()) {
            throw new AccessDeniedException("Only the member asking, an ADMIN or a convenor can propose a buddy");
        }
        BuddyPair pair = proposeChecked(r, buddyMemberId);
        if (!self) {
            notifications.notify(r.getMember(), "A buddy has been proposed for you",
                    pair.getBuddy().getFullName() + " has been asked to be your buddy. We will tell you when they answer.",
                    "buddying/pair/" + pair.getId());
        }
        return pair;
    }

    /** Proposes pairs for every waiting request at once; nothing is saved, so the result can be reviewed. */
    @PreAuthorize(COORDINATORS)
    public CohortMatch cohortMatch() {
        List<BuddyRequest> waiting = requests.findAllWaiting();
        List<BuddyCandidate> buddies = candidates();
        int[][] weight = new int[waiting.size()][buddies.size()];
        Map<Long, Set<Long>> declined = new HashMap<>();
        for (Object[] row : pairs.findDeclinedPairs()) {
            declined.computeIfAbsent((Long) row[0], k -> new HashSet<>()).add((Long) row[1]);
        }
        List<Seeker> seekers = waiting.stream().map(this::seeker).toList();
        for (int i = 0; i < waiting.size(); i++) {
            Set<Long> no = declined.getOrDefault(waiting.get(i).getId(), Set.of());
            for (int b = 0; b < buddies.size(); b++) {
                BuddyCandidate c = buddies.get(b);
                boolean allowed = !c.memberId().equals(seekers.get(i).memberId()) && !no.contains(c.memberId());
                // +1 so that a pairing with no particular fit still beats leaving someone in the queue
                weight[i][b] = allowed ? BuddyScorer.fit(seekers.get(i), c) + 1 : CohortMatcher.NOT_ALLOWED;
            }
        }
        int[] capacities = buddies.stream().mapToInt(BuddyCandidate::spare).toArray();
        int[] assignment = CohortMatcher.assign(weight, capacities);
        Instant now = Instant.now();
        List<ProposedPair> proposed = new ArrayList<>();
        List<String> unmatched = new ArrayList<>();
        for (int i = 0; i < waiting.size(); i++) {
            BuddyRequest r = waiting.get(i);
            Member m = r.getMember();
            if (assignment[i] < 0) {
                unmatched.add(m.getFullName());
                continue;
            }
            BuddyCandidate c = buddies.get(assignment[i]);
            Suggestion s = BuddyScorer.score(seekers.get(i), c).orElseThrow();
            proposed.add(new ProposedPair(r.getId(), m.getId(), m.getFullName(),
                    m.getRegion() == null ? "" : m.getRegion().getName(), r.daysWaiting(now), c.memberId(), c.name(),
                    s.score(), s.reasonsText()));
        }
        return new CohortMatch(proposed, unmatched, CohortMatcher.total(weight, assignment));
    }

    /** Sends the pairs the reviewer kept. Any that are no longer possible are skipped with the reason. */
    @Transactional
    @PreAuthorize(COORDINATORS)
    public SendResult sendProposals(Collection<ProposedPair> reviewed) {
        int sent = 0;
        List<String> skipped = new ArrayList<>();
        for (ProposedPair p : reviewed) {
            try {
                BuddyRequest r = requests.findWithMember(p.requestId())
                        .orElseThrow(() -> new BusinessException("the request no longer exists"));
                BuddyPair pair = proposeChecked(r, p.buddyId());
                notifications.notify(r.getMember(), "A buddy has been proposed for you",
                        pair.getBuddy().getFullName() + " has been asked to be your buddy. We will tell you when they answer.",
                        "buddying/pair/" + pair.getId());
                sent++;
            } catch (BusinessException e) {
                skipped.add(p.newcomerName() + " with " + p.buddyName() + ": " + e.getMessage());
            }
        }
        return new SendResult(sent, skipped);
    }

    // ----- overview -----

    @PreAuthorize(COORDINATORS)
    public Page<BuddyRequest> waitingRequests(Pageable pageable) {
        Pageable oldestFirst = pageable.getSort().isSorted() ? pageable
                : PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(), Sort.by("createdAt", "id"));
        return requests.findWaiting(oldestFirst);
    }

    @PreAuthorize(COORDINATORS)
    public long countWaiting() {
        return requests.countByStatus(RequestStatus.WAITING);
    }

    @PreAuthorize(COORDINATORS)
    public Map<String, Long> activePairsByRegion() {
        Map<String, Long> result = new LinkedHashMap<>();
        for (Object[] row : pairs.countActiveByRegion()) {
            result.put(row[0] == null ? "No region recorded" : (String) row[0], (Long) row[1]);
        }
        return result;
    }

    @PreAuthorize(COORDINATORS)
    public List<BuddyLoad> buddyLoads() {
        Map<Long, Long> load = loads();
        return offers.findAllWithMembers().stream()
                .map(o -> new BuddyLoad(o.getMember().getId(), o.getMember().getFullName(),
                        o.getMember().getRegion() == null ? "" : o.getMember().getRegion().getName(),
                        o.getCapacity(), load.getOrDefault(o.getMember().getId(), 0L), o.isActive()))
                .sorted(Comparator.comparingLong(BuddyLoad::load).reversed().thenComparing(BuddyLoad::name))
                .toList();
    }

    @PreAuthorize(COORDINATORS)
    public FeedbackSummary feedbackSummary() {
        long[] byRating = new long[5];
        long count = 0;
        long sum = 0;
        for (Object[] row : feedback.countByRating()) {
            int rating = (Integer) row[0];
            long n = (Long) row[1];
            if (rating >= 1 && rating <= 5) {
                byRating[rating - 1] = n;
                count += n;
                sum += rating * n;
            }
        }
        List<FeedbackSummary.Comment> comments = feedback.findRecentWithComments(PageRequest.of(0, 10)).stream()
                .map(f -> new FeedbackSummary.Comment(f.getRating(), f.getComment(), f.getCreatedAt()))
                .toList();
        return new FeedbackSummary(count, count == 0 ? 0 : (double) sum / count, byRating, comments);
    }

    /** Demo data only: a queue with realistic waiting times. */
    @Transactional
    @PreAuthorize("hasRole('SYSTEM')")
    public void backdateRequestForDemo(Long requestId, Instant createdAt) {
        requests.findById(requestId).orElseThrow().backdate(createdAt);
    }

    // ----- internals -----

    private BuddyPair proposeChecked(BuddyRequest r, Long buddyMemberId) {
        if (r.getStatus() != RequestStatus.WAITING) {
            throw new BusinessException("This request is no longer waiting for a buddy (status: "
                    + r.getStatus().label().toLowerCase() + ").");
        }
        BuddyOffer offer = offers.lockByMemberId(buddyMemberId)
                .filter(BuddyOffer::isActive)
                .orElseThrow(() -> new BusinessException("That member is not offering to be a buddy at the moment."));
        if (declinedBuddies(r.getId()).contains(buddyMemberId)) {
            throw new BusinessException(offer.getMember().getFullName() + " has already declined this request.");
        }
        long load = pairs.countForBuddy(buddyMemberId, PairStatus.HOLDS_A_PLACE);
        Suggestion s = BuddyScorer.score(seeker(r), candidate(offer, load))
                .orElseThrow(() -> new BusinessException(r.getMember().getId().equals(buddyMemberId)
                        ? "You cannot be your own buddy."
                        : offer.getMember().getFullName() + " has no free place as a buddy just now."));
        BuddyPair pair = pairs.save(new BuddyPair(r, offer.getMember(), s.score(), s.reasonsText()));
        r.setStatus(RequestStatus.PROPOSED);
        notifications.notify(offer.getMember(), "Would you be a buddy to " + r.getMember().getFullName() + "?",
                r.getMember().getFullName() + " would like help with: " + abbreviate(r.getGoals(), 300)
                        + " Please accept or decline.",
                "buddying/pair/" + pair.getId());
        return pair;
    }

    private List<BuddyCandidate> candidates() {
        Map<Long, Long> load = loads();
        return offers.findActive().stream()
                .map(o -> candidate(o, load.getOrDefault(o.getMember().getId(), 0L)))
                .sorted(Comparator.comparing(BuddyCandidate::memberId))
                .toList();
    }

    private BuddyCandidate candidate(BuddyOffer o, long load) {
        Member m = o.getMember();
        return new BuddyCandidate(m.getId(), m.getFullName(), m.getStp() == null ? null : m.getStp().getId(),
                m.getRegion() == null ? null : m.getRegion().getId(),
                m.getRegion() == null ? null : m.getRegion().getName(), m.getProfession(),
                o.getSkills().stream().map(Skill::getName).collect(Collectors.toSet()), o.getModes(),
                o.getCapacity(), (int) load, topics.topicsOf(m.getId()));
    }

    private Seeker seeker(BuddyRequest r) {
        Member m = r.getMember();
        return new Seeker(m.getId(), m.getStp() == null ? null : m.getStp().getId(),
                m.getRegion() == null ? null : m.getRegion().getId(), m.getProfession(),
                r.getSkills().stream().map(Skill::getName).collect(Collectors.toSet()), r.isSameProfession(),
                r.isSameStp(), r.getPreferredMode(), topics.topicsOf(m.getId()));
    }

    private Map<Long, Long> loads() {
        Map<Long, Long> load = new HashMap<>();
        for (Object[] row : pairs.countByBuddy(PairStatus.HOLDS_A_PLACE)) {
            load.put((Long) row[0], (Long) row[1]);
        }
        return load;
    }

    private Set<Long> declinedBuddies(Long requestId) {
        return new HashSet<>(pairs.findDeclinedBuddies(requestId));
    }

    private void validate(Object bean) {
        Set<ConstraintViolation<Object>> violations = validator.validate(bean);
        if (!violations.isEmpty()) {
            throw new BusinessException(violations.stream().map(ConstraintViolation::getMessage).sorted()
                    .collect(Collectors.joining(". ")) + ".");
        }
    }

    static Set<RequestStatus> openStatuses() {
        return EnumSet.of(RequestStatus.WAITING, RequestStatus.PROPOSED, RequestStatus.MATCHED);
    }

    static String abbreviate(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }

    private static boolean isSelf(Long memberId) {
        return CurrentUser.memberId().filter(id -> id.equals(memberId)).isPresent();
    }

    static boolean isCoordinator() {
        return CurrentUser.has(Role.ADMIN) || CurrentUser.has(Role.CONVENOR);
    }

    private static void requireSelfOrAdmin(Long memberId, String message) {
        if (!isSelf(memberId) && !CurrentUser.isAdmin()) {
            throw new AccessDeniedException(message);
        }
    }
}
