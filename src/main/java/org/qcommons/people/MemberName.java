package org.qcommons.people;

/** How a member is named in lists elsewhere: the name, and whether they agreed to be found by name. */
public record MemberName(Long id, String fullName, boolean directoryConsent) {}
