package org.qcommons.skills;

import java.util.Optional;

/**
 * What uses a skill outside this module (expertise requests, buddy offers and requests), so that a merge's
 * confirmation can say what it moves without this module knowing those features.
 */
public interface SkillUsage {

    /** How many things use the skill, as a phrase ("3 expertise requests"), or empty if none. */
    Optional<String> usesSkill(Long skillId);

    static String count(long n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }
}
