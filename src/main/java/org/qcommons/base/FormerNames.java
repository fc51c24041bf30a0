package org.qcommons.base;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The former names of a renamed entry (an area, a topic, a skill), kept in one column as "oldest; newer". Searches
 * and facets read them so that an old name still finds what now goes by a new one.
 */
public final class FormerNames {

    public static final String SEPARATOR = "; ";
    /** The column's width: the oldest names give way first when a long history no longer fits. */
    static final int MAX = 1000;

    private FormerNames() {}

    /** The former names after renaming {@code oldName} to {@code newName}; unchanged if only the case differs. */
    public static String add(String formerNames, String oldName, String newName) {
        if (oldName == null || oldName.isBlank() || oldName.equalsIgnoreCase(newName)) {
            return formerNames;
        }
        List<String> names = new ArrayList<>(list(formerNames));
        names.removeIf(n -> n.equalsIgnoreCase(oldName) || n.equalsIgnoreCase(newName));
        names.add(oldName);
        String joined = String.join(SEPARATOR, names);
        while (joined.length() > MAX && names.size() > 1) {
            names.removeFirst();
            joined = String.join(SEPARATOR, names);
        }
        return joined;
    }

    public static List<String> list(String formerNames) {
        if (formerNames == null || formerNames.isBlank()) {
            return List.of();
        }
        return Arrays.stream(formerNames.split(";"))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .toList();
    }
}
