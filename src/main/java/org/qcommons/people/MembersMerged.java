package org.qcommons.people;

/**
 * Two records of one person were merged: everything of {@code fromId} moves to {@code toId}, which stays. Published
 * inside the merging transaction; each module that keeps data about members moves its own rows, or none move.
 */
public record MembersMerged(Long fromId, Long toId) {}
