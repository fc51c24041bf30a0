package org.qcommons.organisations;

/**
 * An STP or ICS was retired into its successor. Published inside the retiring transaction, so that everything that
 * used the old area (members, projects, signatures) moves with it or not at all.
 */
public record AreaMerged(Long fromStpId, Long toStpId) {}
