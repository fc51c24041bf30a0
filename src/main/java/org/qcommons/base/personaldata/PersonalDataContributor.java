package org.qcommons.base.personaldata;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Each feature that stores personal data implements this, so that "download my data" and erasure reach every
 * table without a central class knowing them all. Both methods run inside the caller's transaction.
 */
public interface PersonalDataContributor {

    /** A short key for this feature's section of the export, such as "skills". */
    String section();

    /** Everything this feature holds about the member, as plain maps, lists and values. */
    Object export(Long memberId);

    /**
     * Removes or anonymises what this feature holds about the member. Shared records (a project, minutes) keep
     * their content but point at the anonymised member, who shows as "Former member".
     */
    void erase(Long memberId);

    static Map<String, Object> entry(Object... keyValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i + 1 < keyValues.length; i += 2) {
            map.put((String) keyValues[i], keyValues[i + 1]);
        }
        return map;
    }
}
