package org.qcommons.base.security;

/**
 * Published by whichever module changes what a member may do: deactivation, rejection, erasure, a role granted or
 * revoked, a move to another organisation. The security module listens and makes every open session of that member
 * re-check its rights at once (issue: sessions end when access ends). It lives in base so that modules below
 * security (organisations, people) can publish it too.
 *
 * @param memberId the member whose access changed
 * @param reason a short, non-personal description for the security log, such as "deactivated" or "role ADMIN revoked"
 */
public record AccessChanged(Long memberId, String reason) {}
