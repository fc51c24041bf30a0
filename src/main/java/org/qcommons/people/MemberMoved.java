package org.qcommons.people;

/**
 * An ADMIN moved a member to another organisation. Published inside the moving transaction: security ends a
 * coordinator role for the old organisation and tells the member.
 */
public record MemberMoved(Long memberId, Long fromOrganisationId, Long toOrganisationId, String reason) {}
