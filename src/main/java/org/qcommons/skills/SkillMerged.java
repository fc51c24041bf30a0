package org.qcommons.skills;

/**
 * One skill was merged into another. Published inside the merging transaction, so that the expertise requests and
 * buddy offers and requests that asked for the old skill move with it or not at all.
 */
public record SkillMerged(Long fromSkillId, Long toSkillId) {}
