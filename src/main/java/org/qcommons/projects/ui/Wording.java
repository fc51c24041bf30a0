package org.qcommons.projects.ui;

import org.qcommons.base.Words;

/** This module's words, from {@code messages/projects.properties} (decision 134). */
final class Wording {

    static final Words WORDS = Words.of("projects");

    private Wording() {}

    static String t(String key, Object... arguments) {
        return WORDS.text(key, arguments);
    }
}
