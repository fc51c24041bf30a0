package org.qcommons.projects.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.qcommons.base.FormerNames;

/**
 * How the register's region and STP facets name an area: its current name, and the names it had before ("North East
 * and North Cumbria (formerly Cumbria and North East)"). A project registered under an STP that became an ICS is
 * filed under the ICS now; someone who knows only the old name still recognises where to look (issue 26).
 */
final class AreaLabels {

    /** Beyond this many former names, the oldest are only counted: a select's option must stay readable. */
    static final int SHOWN = 3;

    private AreaLabels() {}

    static String of(String name, String formerNames) {
        List<String> former = new ArrayList<>();
        for (String n : FormerNames.list(formerNames)) {
            boolean seen = n.equalsIgnoreCase(name)
                    || former.stream().anyMatch(f -> f.toLowerCase(Locale.UK).equals(n.toLowerCase(Locale.UK)));
            if (!seen) {
                former.add(n);
            }
        }
        if (former.isEmpty()) {
            return name;
        }
        int earlier = Math.max(0, former.size() - SHOWN);
        String shown = String.join(FormerNames.SEPARATOR, former.subList(earlier, former.size()));
        return name + " (formerly " + shown
                + (earlier == 0 ? "" : " and " + earlier + (earlier == 1 ? " earlier name" : " earlier names")) + ")";
    }
}
