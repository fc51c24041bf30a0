package org.qcommons.exchange;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.qcommons.base.BusinessException;
import org.qcommons.base.ConcurrentEditException;
import org.qcommons.base.security.CurrentUser;
import org.qcommons.notifications.NotificationService;
import org.qcommons.organisations.Organisation;
import org.qcommons.people.Member;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Expertise requests and the board. Every member may read the board and register interest; only the requesting
 * organisation's coordinators manage a request.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class RequestService {

    private final ExpertiseRequestRepository requests;
    private final InterestRepository interests;
    private final ExchangeRepository exchanges;
    private final ConcordatService concordat;
    private final NotificationService notifications;
    private final EntityManager em;
    private final Clock clock;

    RequestService(
            ExpertiseRequestRepository requests,
            InterestRepository interests,
            ExchangeRepository exchanges,
            ConcordatService concordat,
            NotificationService notifications,
            EntityManager em,
            Clock clock) {
        this.clock = clock;
        this.requests = requests;
        this.interests = interests;
        this.exchanges = exchanges;
        this.concordat = concordat;
        this.notifications = notifications;
        this.em = em;
    }

    public Page<ExpertiseRequest> board(RequestFilter filter, Pageable pageable) {
        RequestFilter f = filter == null ? RequestFilter.any() : filter;
        Pageable sorted = pageable.getSort().isSorted()
                ? pageable
                : PageRequest.of(
                        pageable.getPageNumber(), pageable.getPageSize(), Sort.by(Sort.Direction.DESC, "createdAt"));
        return requests.findBoard(f.status(), f.stpId(), f.skillId(), f.organisationId(), sorted);
    }

    public Optional<ExpertiseRequest> request(Long id) {
        return id == null ? Optional.empty() : requests.findById(id);
    }

    public boolean canManage(ExpertiseRequest request) {
        return Acting.coordinates(request.getRequestingOrg());
    }

    public RequestViewer viewerOf(ExpertiseRequest request) {
        RequestViewer.Standing standing = canManage(request)
                ? RequestViewer.Standing.MANAGER
                : CurrentUser.isAdmin() ? RequestViewer.Standing.OVERSEER : RequestViewer.Standing.OTHER;
        return new RequestViewer(standing, hasRegisteredInterest(request.getId()));
    }

    public boolean canPost() {
        return Acting.coordinatorOrgId().filter(concordat::isSignatory).isPresent();
    }

    @PreAuthorize("hasRole('ORG_COORDINATOR')")
    public ExpertiseRequest draft() {
        Organisation org = concordat
                .myOrganisation()
                .orElseThrow(() -> new BusinessException(
                        "Your account is not linked to an organisation. Ask an administrator to link it."));
        if (!concordat.isSignatory(org.getId())) {
            throw new BusinessException(
                    org.getName() + " has not signed the concordat yet. Sign it first, then post requests.");
        }
        return new ExpertiseRequest(
                org, em.getReference(Member.class, Acting.memberId()), clock.instant(), LocalDate.now(clock));
    }

    @Transactional
    @PreAuthorize("hasRole('ORG_COORDINATOR')")
    public ExpertiseRequest save(ExpertiseRequest request) {
        requireManager(request);
        if (!concordat.isSignatory(request.getRequestingOrg().getId())) {
            throw new BusinessException("Only signatories of the concordat may post expertise requests.");
        }
        if (request.getSkills().isEmpty()) {
            throw new BusinessException("Add at least one skill the work needs.");
        }
        if (!request.isWindowValid()) {
            throw new BusinessException("The window must end on or after its first date.");
        }
        if (!request.isWhereGiven()) {
            throw new BusinessException("Give a location, or mark the work as remote.");
        }
        if (!request.isNew()) {
            ExpertiseRequest current = requests.findById(request.getId())
                    .orElseThrow(() -> new BusinessException("This request no longer exists."));
            if (current.getVersion() != request.getVersion()) {
                throw new ConcurrentEditException("This request");
            }
        }
        try {
            return requests.saveAndFlush(request);
        } catch (ObjectOptimisticLockingFailureException e) {
            throw new ConcurrentEditException("This request");
        }
    }

    @Transactional
    @PreAuthorize("hasRole('ORG_COORDINATOR')")
    public ExpertiseRequest changeStatus(Long requestId, RequestStatus status) {
        ExpertiseRequest r =
                requests.findById(requestId).orElseThrow(() -> new BusinessException("This request no longer exists."));
        requireManager(r);
        r.setStatus(status);
        return r;
    }

    @Transactional
    public void registerInterest(Long requestId) {
        ExpertiseRequest r =
                requests.findById(requestId).orElseThrow(() -> new BusinessException("This request no longer exists."));
        Long me = Acting.memberId();
        Member member = em.find(Member.class, me);
        if (r.getStatus() != RequestStatus.OPEN) {
            throw new BusinessException(
                    "This request is " + r.getStatus().label().toLowerCase() + " and no longer takes interest.");
        }
        if (member.getOrganisation() != null && member.getOrganisation().equals(r.getRequestingOrg())) {
            throw new BusinessException(
                    "This request comes from your own organisation; the concordat is for lending between organisations.");
        }
        if (interests.find(requestId, me).isPresent()) {
            throw new BusinessException("You have already registered interest in this request.");
        }
        try {
            interests.saveAndFlush(new Interest(r, member, clock.instant()));
        } catch (DataIntegrityViolationException e) {
            throw new BusinessException("You have already registered interest in this request.");
        }
        for (Member coordinator :
                exchanges.findCoordinatorsOf(r.getRequestingOrg().getId())) {
            notifications.notify(
                    coordinator,
                    "Interest in \"" + r.getTitle() + "\"",
                    member.getFullName() + " has registered interest in your expertise request.",
                    "exchange/requests/" + r.getId(),
                    member);
        }
    }

    @Transactional
    public void withdrawInterest(Long requestId) {
        interests.find(requestId, Acting.memberId()).ifPresent(interests::delete);
    }

    public boolean hasRegisteredInterest(Long requestId) {
        return CurrentUser.memberId()
                .flatMap(me -> interests.find(requestId, me))
                .isPresent();
    }

    /** Who registered interest: for the requesting organisation's coordinators and ADMINs only. */
    public List<Interest> interests(Long requestId) {
        ExpertiseRequest r =
                requests.findById(requestId).orElseThrow(() -> new BusinessException("This request no longer exists."));
        if (!canManage(r) && !CurrentUser.isAdmin()) {
            throw new AccessDeniedException("Only the requesting organisation's coordinators see who is interested");
        }
        return interests.findByRequest(requestId);
    }

    private void requireManager(ExpertiseRequest request) {
        if (!Acting.coordinates(request.getRequestingOrg())) {
            throw new AccessDeniedException("Only the requesting organisation's coordinators manage its requests");
        }
    }
}
