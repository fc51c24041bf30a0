package org.qcommons.governance;

import java.util.Map;
import org.qcommons.governance.StvCount.Sheet;

/** The count as shown: the sheet keyed by candidate id, and each id's name. */
public record CountSheet(Sheet sheet, Map<String, String> names) {

    public String name(String key) {
        return names.getOrDefault(key, key);
    }
}
