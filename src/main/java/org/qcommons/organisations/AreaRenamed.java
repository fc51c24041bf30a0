package org.qcommons.organisations;

/**
 * A region or an STP/ICS was renamed (its old name is kept among its former names). Published inside the renaming
 * transaction, so that searches that know areas by name (the register) re-index what lies in it.
 *
 * @param regionId the renamed region, or null
 * @param stpId the renamed STP or ICS, or null
 */
public record AreaRenamed(Long regionId, Long stpId) {}
