package org.qcommons.base.digest;

/** One line of a digest's "what's new near you": its section, such as "New projects", a title and an app route. */
public record NearYouItem(String section, String title, String link) {}
