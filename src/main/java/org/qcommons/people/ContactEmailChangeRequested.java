package org.qcommons.people;

/**
 * A member asked for a new contact email on their profile. The address is not changed yet: the accounts feature
 * sends a link to the new address and a notice to the old one, and changes it when the link is used (decision 112).
 */
public record ContactEmailChangeRequested(Long memberId, String oldEmail, String newEmail) {}
