package org.qcommons.organisations;

import java.util.Optional;

/**
 * What uses an organisation or an area, contributed by the modules above (members, projects, signatures), so that
 * a confirmation can say what a merge or a retirement will move ("moves 12 members and 3 projects") without this
 * module knowing those features.
 */
public interface OrganisationUsage {

    /** How many things of this kind belong to the organisation, as a phrase ("12 members"), or empty if none. */
    Optional<String> usesOrganisation(Long organisationId);

    /** The same for an STP or ICS. */
    Optional<String> usesArea(Long stpId);

    static String count(long n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }
}
