package org.qcommons.organisations;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.qcommons.base.BusinessException;
import org.qcommons.base.ConcurrentEditException;
import org.qcommons.base.security.CurrentUser;
import org.qcommons.base.security.QUser;
import org.qcommons.base.security.Role;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Regions, STPs and organisations: reference data everyone may read, which only an ADMIN changes. */
@Service
@Transactional(readOnly = true)
public class OrganisationService {

    private final RegionRepository regions;
    private final StpRepository stps;
    private final OrganisationRepository organisations;

    OrganisationService(RegionRepository regions, StpRepository stps, OrganisationRepository organisations) {
        this.regions = regions;
        this.stps = stps;
        this.organisations = organisations;
    }

    @PreAuthorize("permitAll()")
    public List<Region> regions() {
        return regions.findAllByOrderByNameAsc();
    }

    @PreAuthorize("permitAll()")
    public Optional<Region> regionBySlug(String slug) {
        return regions.findBySlug(slug);
    }

    @PreAuthorize("permitAll()")
    public List<Stp> stps() {
        return stps.findAllByOrderByNameAsc();
    }

    @PreAuthorize("permitAll()")
    public List<Stp> stps(Region region) {
        return region == null ? stps() : stps.findByRegionOrderByNameAsc(region);
    }

    @PreAuthorize("permitAll()")
    public List<Organisation> organisations() {
        return organisations.findAllGrouped();
    }

    /** Organisations not retired: the choices for pickers. */
    @PreAuthorize("permitAll()")
    public List<Organisation> currentOrganisations() {
        return organisations.findCurrentGrouped();
    }

    @PreAuthorize("permitAll()")
    public Optional<Organisation> organisation(Long id) {
        return id == null ? Optional.empty() : organisations.findById(id);
    }

    @PreAuthorize("permitAll()")
    public long countOrganisations() {
        return organisations.count();
    }

    @PreAuthorize("permitAll()")
    public Map<String, Long> organisationsByRegion() {
        Map<String, Long> result = new LinkedHashMap<>();
        organisations.countByRegion().forEach(row -> result.put((String) row[0], (Long) row[1]));
        return result;
    }

    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public Organisation save(Organisation organisation) {
        organisations
                .findByNameIgnoreCase(organisation.getName())
                .filter(existing -> !existing.equals(organisation))
                .ifPresent(existing -> {
                    throw new BusinessException(
                            "An organisation called \"" + existing.getName() + "\" already exists.");
                });
        return organisations.save(organisation);
    }

    /** Whether the signed-in person may edit this organisation's details: an ADMIN, or its own coordinator. */
    @PreAuthorize("permitAll()")
    public boolean mayEditDetails(Long organisationId) {
        return CurrentUser.isAdmin()
                || (CurrentUser.has(Role.ORG_COORDINATOR)
                        && CurrentUser.get()
                                .map(QUser::coordinatorForId)
                                .filter(id -> id.equals(organisationId))
                                .isPresent());
    }

    /** A coordinator keeps their own organisation's details up to date: type, ODS code and postcode. */
    @Transactional
    @PreAuthorize("hasAnyRole('ADMIN', 'ORG_COORDINATOR')")
    public Organisation updateDetails(
            Long organisationId, long version, OrganisationType type, String odsCode, String postcode) {
        if (!mayEditDetails(organisationId)) {
            throw new AccessDeniedException("Only the organisation's coordinators may edit its details");
        }
        Organisation o = organisations
                .findById(organisationId)
                .orElseThrow(() -> new BusinessException("This organisation no longer exists."));
        if (o.getVersion() != version) {
            throw new ConcurrentEditException("This organisation");
        }
        if (!OdsCode.valid(odsCode)) {
            throw new BusinessException(OdsCode.MESSAGE + ".");
        }
        String code = OdsCode.normalise(odsCode);
        if (code != null) {
            organisations.findByOdsCode(code).filter(other -> !other.equals(o)).ifPresent(other -> {
                throw new BusinessException("The ODS code " + code + " already belongs to " + other.getName() + ".");
            });
        }
        if (type != null) {
            o.setType(type);
        }
        o.setOdsCode(code);
        o.setPostcode(postcode);
        return organisations.saveAndFlush(o);
    }

    /** Reference data for seeding and imports; not exposed to views. */
    @Transactional
    @PreAuthorize("hasRole('ADMIN') or hasRole('SYSTEM')")
    public Region createRegion(String name, String slug) {
        return regions.save(new Region(name, slug));
    }

    @Transactional
    @PreAuthorize("hasRole('ADMIN') or hasRole('SYSTEM')")
    public Stp createStp(String name, Region region) {
        return stps.save(new Stp(name, region));
    }

    @Transactional
    @PreAuthorize("hasRole('ADMIN') or hasRole('SYSTEM')")
    public Organisation createOrganisation(String name, OrganisationType type, Stp stp) {
        return organisations.save(new Organisation(name, type, stp));
    }
}
