package org.qcommons.people;

/**
 * Someone asked for a new contact email on a member's profile: the member themself, or an ADMIN editing someone
 * else's. The address is not changed yet: the accounts feature sends a link to the new address and a notice to the
 * old one, and changes it when the link is used (decisions 112 and 128).
 *
 * @param requestedBy the ADMIN's name when an ADMIN asked for someone else; null when the member asked
 */
public record ContactEmailChangeRequested(Long memberId, String oldEmail, String newEmail, String requestedBy) {

    public boolean byAdministrator() {
        return requestedBy != null;
    }
}
