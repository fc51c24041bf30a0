package org.qcommons.skills;

import java.util.Arrays;
import java.util.List;

/** Skills search: nulls mean "any"; minimum days is zero when not given. */
public record SkillSearchFilter(
        Long skillId, SkillLevel minLevel, Long regionId, Long stpId, Integer minDaysPerQuarter, boolean offeredOnly) {

    public static SkillSearchFilter any() {
        return new SkillSearchFilter(null, null, null, null, null, false);
    }

    List<SkillLevel> levels() {
        SkillLevel min = minLevel == null ? SkillLevel.LEARNING : minLevel;
        return Arrays.stream(SkillLevel.values()).filter(l -> l.atLeast(min)).toList();
    }

    int minDays() {
        return minDaysPerQuarter == null ? 0 : Math.max(0, minDaysPerQuarter);
    }
}
