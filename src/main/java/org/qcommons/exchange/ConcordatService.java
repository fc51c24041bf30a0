package org.qcommons.exchange;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.qcommons.base.BusinessException;
import org.qcommons.base.ConcurrentEditException;
import org.qcommons.base.security.CurrentUser;
import org.qcommons.organisations.Organisation;
import org.qcommons.organisations.OrganisationService;
import org.qcommons.organisations.Stp;
import org.qcommons.people.Member;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Who has signed the concordat. Public to read; a coordinator signs for their own organisation only. */
@Service
@Transactional(readOnly = true)
public class ConcordatService {

    public static final String CONCORDAT_TEXT = """
            We, the leaders of the organisations signing below, recognise that quality improvement expertise is \
            scarce and unevenly spread across our health and care system. We agree to give members of our staff \
            who are skilled in quality improvement leave to support improvement work in neighbouring organisations, \
            within the limits we set. In return, any signatory may ask for the expertise it needs. We will keep an \
            honest record of the days given and received, so that the exchange stays reciprocal, like a timebank, \
            and we will share what we learn openly.""";

    private final SignatoryRepository signatories;
    private final ExchangeRepository exchanges;
    private final ExchangeQueries queries;
    private final OrganisationService organisations;
    private final Clock clock;

    ConcordatService(
            SignatoryRepository signatories,
            ExchangeRepository exchanges,
            ExchangeQueries queries,
            OrganisationService organisations,
            Clock clock) {
        this.clock = clock;
        this.exchanges = exchanges;
        this.signatories = signatories;
        this.queries = queries;
        this.organisations = organisations;
    }

    @PreAuthorize("permitAll()")
    public List<Signatory> signatories() {
        return signatories.findAllOrdered();
    }

    /** Each signatory appears under every STP its signature covers; STPs sorted by region then name. */
    @PreAuthorize("permitAll()")
    public Map<Stp, List<Signatory>> signatoriesByStp() {
        Map<Stp, List<Signatory>> result = new TreeMap<>(
                Comparator.comparing((Stp s) -> s.getRegion().getName()).thenComparing(Stp::getName));
        for (Signatory s : signatories.findAllOrdered()) {
            for (Stp stp : s.getStpsCovered()) {
                result.computeIfAbsent(stp, k -> new ArrayList<>()).add(s);
            }
        }
        return result;
    }

    @PreAuthorize("permitAll()")
    public Optional<Signatory> signatoryFor(Long organisationId) {
        return organisationId == null ? Optional.empty() : signatories.findByOrganisationId(organisationId);
    }

    @PreAuthorize("permitAll()")
    public boolean isSignatory(Long organisationId) {
        return organisationId != null && signatories.existsByOrganisationId(organisationId);
    }

    /**
     * The who's who: each signatory's active coordinators, by name and job title only. Contact goes through their
     * profile in the app, so no address is published.
     */
    @PreAuthorize("permitAll()")
    public List<String> coordinatorsOf(Long organisationId) {
        return exchanges.findCoordinatorsOf(organisationId).stream()
                .filter(Member::isActive)
                .map(m -> m.getFullName()
                        + (m.getJobTitle() == null || m.getJobTitle().isBlank() ? "" : ", " + m.getJobTitle()))
                .toList();
    }

    /** The organisation the current coordinator acts for, if any. */
    @PreAuthorize("isAuthenticated()")
    public Optional<Organisation> myOrganisation() {
        return Acting.coordinatorOrgId().flatMap(organisations::organisation);
    }

    /** A blank signature for the coordinator's organisation, or the existing one to amend. */
    @PreAuthorize("hasRole('ORG_COORDINATOR')")
    public Signatory draftForMyOrganisation() {
        Organisation org = myOrganisation()
                .orElseThrow(() -> new BusinessException(
                        "Your account is not linked to an organisation. Ask an administrator to link it."));
        return signatories.findByOrganisationId(org.getId()).orElseGet(() -> new Signatory(org, LocalDate.now(clock)));
    }

    @Transactional
    @PreAuthorize("hasAnyRole('ORG_COORDINATOR', 'ADMIN')")
    public Signatory sign(Signatory signatory) {
        if (!CurrentUser.isAdmin() && !Acting.coordinates(signatory.getOrganisation())) {
            throw new AccessDeniedException("You may only sign for your own organisation");
        }
        if (signatory.getSignedOn() != null && signatory.getSignedOn().isAfter(LocalDate.now(clock))) {
            throw new BusinessException("The signing date cannot be in the future.");
        }
        if (signatory.getStpsCovered().isEmpty()) {
            throw new BusinessException("Choose at least one STP the signature covers.");
        }
        if (signatory.isNew()
                && signatories.existsByOrganisationId(
                        signatory.getOrganisation().getId())) {
            throw new BusinessException(signatory.getOrganisation().getName() + " has already signed the concordat.");
        }
        if (!signatory.isNew()) {
            Signatory current = signatories
                    .findById(signatory.getId())
                    .orElseThrow(() -> new BusinessException("This signature no longer exists."));
            if (current.getVersion() != signatory.getVersion()) {
                throw new ConcurrentEditException("This signature");
            }
        }
        if (signatory.getSignedOn() == null) {
            signatory.setSignedOn(LocalDate.now(clock));
        }
        signatory.stampCreated(clock.instant());
        try {
            return signatories.saveAndFlush(signatory);
        } catch (ObjectOptimisticLockingFailureException e) {
            throw new ConcurrentEditException("This signature");
        }
    }

    /** An ADMIN signs an organisation up: its signature to fill in, or the existing one to amend. */
    @PreAuthorize("hasRole('ADMIN')")
    public Signatory draftFor(Long organisationId) {
        Organisation org = organisations
                .organisation(organisationId)
                .orElseThrow(() -> new BusinessException("That organisation no longer exists."));
        if (org.isRetired()) {
            throw new BusinessException(org.getName() + " is retired and cannot sign.");
        }
        return signatories
                .findByOrganisationId(organisationId)
                .orElseGet(() -> new Signatory(org, LocalDate.now(clock)));
    }

    /**
     * An ADMIN ends an organisation's signature. The reason is written to the row first, so the audit trail keeps
     * it after the deletion; exchanges and the ledger are untouched.
     */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public void endSignature(Long organisationId, String reason) {
        if (reason == null || reason.isBlank()) {
            throw new BusinessException("Say why the signature ends.");
        }
        Signatory s = signatories
                .findByOrganisationId(organisationId)
                .orElseThrow(() -> new BusinessException("This organisation has not signed the concordat."));
        s.endBecause(reason.trim().length() > 500 ? reason.trim().substring(0, 500) : reason.trim());
        signatories.saveAndFlush(s);
        signatories.delete(s);
    }

    /** Days the organisation has lent or committed this quarter, for showing against its cap. */
    @PreAuthorize("permitAll()")
    public int committedThisQuarter(Long organisationId) {
        return queries.committedThisQuarter(organisationId, LocalDate.now(clock));
    }
}
