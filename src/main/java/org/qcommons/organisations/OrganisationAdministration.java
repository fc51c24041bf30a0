package org.qcommons.organisations;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.qcommons.base.BusinessException;
import org.qcommons.base.ConcurrentEditException;
import org.qcommons.base.FormerNames;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An ADMIN's changes to organisations and areas: create, edit, retire and merge. A merge or a retirement publishes
 * an event handled in the same transaction by the modules that refer to organisations and areas.
 */
@Service
@Transactional
@PreAuthorize("hasRole('ADMIN')")
public class OrganisationAdministration {

    private final OrganisationRepository organisations;
    private final StpRepository stps;
    private final RegionRepository regions;
    private final List<OrganisationUsage> usages;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    OrganisationAdministration(
            OrganisationRepository organisations,
            StpRepository stps,
            RegionRepository regions,
            List<OrganisationUsage> usages,
            ApplicationEventPublisher events,
            Clock clock) {
        this.organisations = organisations;
        this.stps = stps;
        this.regions = regions;
        this.usages = usages;
        this.events = events;
        this.clock = clock;
    }

    /** Creates or updates an organisation; its name and ODS code must be unique. */
    public Organisation save(Organisation organisation) {
        String name =
                organisation.getName() == null ? "" : organisation.getName().trim();
        if (name.isEmpty()) {
            throw new BusinessException("Enter the organisation's name.");
        }
        organisation.setName(name);
        if (!OdsCode.valid(organisation.getOdsCode())) {
            throw new BusinessException(OdsCode.MESSAGE + ".");
        }
        organisations
                .findByNameIgnoreCase(name)
                .filter(other -> !other.equals(organisation))
                .ifPresent(other -> {
                    throw new BusinessException("An organisation called \"" + other.getName() + "\" already exists.");
                });
        if (organisation.getOdsCode() != null) {
            organisations
                    .findByOdsCode(organisation.getOdsCode())
                    .filter(other -> !other.equals(organisation))
                    .ifPresent(other -> {
                        throw new BusinessException(
                                "The ODS code " + other.getOdsCode() + " already belongs to " + other.getName() + ".");
                    });
        }
        if (!organisation.isNew()) {
            Organisation current = organisations
                    .findById(organisation.getId())
                    .orElseThrow(() -> new BusinessException("This organisation no longer exists."));
            if (current.getVersion() != organisation.getVersion()) {
                throw new ConcurrentEditException("This organisation");
            }
        }
        try {
            return organisations.saveAndFlush(organisation);
        } catch (ObjectOptimisticLockingFailureException e) {
            throw new ConcurrentEditException("This organisation");
        }
    }

    /** What a merge or retirement of this organisation would move, for the confirmation. */
    @Transactional(readOnly = true)
    public List<String> usesOf(Long organisationId) {
        return usages.stream()
                .map(u -> u.usesOrganisation(organisationId))
                .flatMap(Optional::stream)
                .toList();
    }

    @Transactional(readOnly = true)
    public List<String> usesOfArea(Long stpId) {
        return usages.stream()
                .map(u -> u.usesArea(stpId))
                .flatMap(Optional::stream)
                .toList();
    }

    /** Retires an organisation nothing uses any more; one still in use must be merged into its successor. */
    public void retire(Long organisationId) {
        Organisation org = find(organisationId);
        List<String> uses = usesOf(organisationId);
        if (!uses.isEmpty()) {
            throw new BusinessException(org.getName() + " still has " + String.join(", ", uses)
                    + ". Merge it into the organisation that takes them over instead.");
        }
        org.retire(LocalDate.now(clock), null);
    }

    public void reinstate(Long organisationId) {
        Organisation org = find(organisationId);
        if (org.getSuccessor() != null) {
            throw new BusinessException(org.getName() + " was merged into "
                    + org.getSuccessor().getName() + "; its members and history now belong there.");
        }
        org.reinstate();
    }

    /** Moves everything of one organisation to its successor and retires it. */
    public Organisation merge(Long fromId, Long toId, String reason) {
        if (fromId == null || fromId.equals(toId)) {
            throw new BusinessException("Choose a different organisation to merge into.");
        }
        if (reason == null || reason.isBlank()) {
            throw new BusinessException("Say why the organisations are merging.");
        }
        Organisation from = find(fromId);
        Organisation to = find(toId);
        if (from.isRetired() || to.isRetired()) {
            throw new BusinessException("Only organisations that are not retired can be merged.");
        }
        events.publishEvent(new OrganisationMerged(fromId, toId, reason.trim()));
        // Listeners may have run bulk updates: read both again before retiring the old one.
        Organisation merged = find(toId);
        find(fromId).retire(LocalDate.now(clock), merged);
        return merged;
    }

    public Region createRegion(String name) {
        String n = named(name, "Enter the region's name.");
        regions.findByNameIgnoreCase(n).ifPresent(r -> {
            throw new BusinessException("A region called \"" + r.getName() + "\" already exists.");
        });
        return regions.save(new Region(n, ReferenceAreas.slug(n)));
    }

    public Region renameRegion(Long regionId, String name) {
        String n = named(name, "Enter the region's name.");
        Region region =
                regions.findById(regionId).orElseThrow(() -> new BusinessException("That region no longer exists."));
        regions.findByNameIgnoreCase(n).filter(r -> !r.equals(region)).ifPresent(r -> {
            throw new BusinessException("A region called \"" + r.getName() + "\" already exists.");
        });
        region.rename(n);
        events.publishEvent(new AreaRenamed(regionId, null));
        return region;
    }

    /** A region can be retired once none of its areas is in use. */
    public void retireRegion(Long regionId) {
        Region region =
                regions.findById(regionId).orElseThrow(() -> new BusinessException("That region no longer exists."));
        if (stps.findByRegionOrderByNameAsc(region).stream().anyMatch(s -> !s.isRetired())) {
            throw new BusinessException("Retire or move " + region.getName() + "'s areas first.");
        }
        region.setRetired(true);
    }

    public Stp saveStp(Long stpId, String name, Region region, String formerNames) {
        String n = named(name, "Enter the area's name.");
        if (region == null) {
            throw new BusinessException("Choose the area's region.");
        }
        Stp stp = stpId == null
                ? new Stp(n, region)
                : stps.findById(stpId).orElseThrow(() -> new BusinessException("That area no longer exists."));
        stps.findByNameIgnoreCase(n).filter(s -> !s.equals(stp)).ifPresent(s -> {
            throw new BusinessException("An area called \"" + s.getName() + "\" already exists.");
        });
        if (formerNames != null && formerNames.length() > 1000) {
            throw new BusinessException("Keep the former names to 1,000 characters or fewer.");
        }
        if (formerNames != null) {
            stp.setFormerNames(formerNames.isBlank() ? null : formerNames.trim());
        }
        stp.rename(n);
        stp.setRegion(region);
        Stp saved = stps.save(stp);
        if (stpId != null) {
            events.publishEvent(new AreaRenamed(null, stpId));
        }
        return saved;
    }

    /** Retires an area; whatever still uses it moves to the successor, which must be given if anything does. */
    public void retireStp(Long stpId, Long successorId) {
        Stp stp = stps.findById(stpId).orElseThrow(() -> new BusinessException("That area no longer exists."));
        boolean used =
                !usesOfArea(stpId).isEmpty() || !organisations.findByStp(stp).isEmpty();
        if (successorId == null) {
            if (used) {
                throw new BusinessException(
                        "Choose the area that takes over " + stp.getName() + "'s organisations and projects.");
            }
            stp.retireInto(null);
            return;
        }
        Stp successor =
                stps.findById(successorId).orElseThrow(() -> new BusinessException("That area no longer exists."));
        if (successor.equals(stp) || successor.isRetired()) {
            throw new BusinessException("Choose an area that is not retired and not the same one.");
        }
        organisations.findByStp(stp).forEach(o -> o.setStp(successor));
        events.publishEvent(new AreaMerged(stpId, successorId));
        stp.retireInto(successor);
        // The successor now covers the old area, so its names become the successor's former names, as the STPs an
        // ICS replaced are in the reference data: searches and facets still find the moved projects by them.
        String former = successor.getFormerNames();
        for (String name : FormerNames.list(stp.getFormerNames())) {
            former = FormerNames.add(former, name, successor.getName());
        }
        successor.setFormerNames(FormerNames.add(former, stp.getName(), successor.getName()));
        events.publishEvent(new AreaRenamed(null, successorId));
    }

    private Organisation find(Long id) {
        return organisations
                .findById(id)
                .orElseThrow(() -> new BusinessException("That organisation no longer exists."));
    }

    /** A required name that fits its column (regions and areas keep 120 characters). */
    private static String named(String value, String message) {
        String n = required(value, message);
        if (n.length() > 120) {
            throw new BusinessException("Keep the name to 120 characters or fewer.");
        }
        return n;
    }

    private static String required(String value, String message) {
        if (value == null || value.isBlank()) {
            throw new BusinessException(message);
        }
        return value.trim();
    }
}
