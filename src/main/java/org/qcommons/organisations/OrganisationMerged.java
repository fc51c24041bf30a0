package org.qcommons.organisations;

/**
 * One organisation merged into another. Published inside the merging transaction and handled there by every module
 * that refers to organisations (with a plain, synchronous event listener), so that members, coordinators, projects,
 * signatures and the ledger move together or not at all.
 */
public record OrganisationMerged(Long fromId, Long toId, String reason) {}
