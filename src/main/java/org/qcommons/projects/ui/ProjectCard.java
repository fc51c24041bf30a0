package org.qcommons.projects.ui;

import static org.qcommons.projects.ui.Wording.t;

import com.vaadin.flow.component.html.Span;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.qcommons.projects.ProjectHit;

/**
 * One result in the register: title, status, place, lead, topics and where the words matched. Drawn in the browser
 * by {@link ProjectResultList} from these pieces rather than as server-side components: a page of 30 cards as
 * components cost each open UI about 300 state nodes (see docs/benchmarks.md, "ui-heap").
 */
final class ProjectCard {

    static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy");

    private ProjectCard() {}

    static String meta(ProjectHit hit) {
        return hit.startDate() == null
                ? t("card.meta", hit.stpName(), hit.regionName(), hit.leadName())
                : t("card.metaStarted", hit.stpName(), hit.regionName(), hit.leadName(), MONTH.format(hit.startDate()));
    }

    static Span badge(String text, String theme) {
        Span s = new Span(text);
        s.getElement().getThemeList().addAll(List.of(theme.split(" ")));
        return s;
    }
}
