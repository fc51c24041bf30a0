package org.qcommons.projects.ui;

import com.vaadin.flow.component.html.Span;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.qcommons.projects.ProjectHit;

/**
 * One result in the register: title, status, place, lead, topics and where the words matched. Drawn in the browser
 * by {@link ProjectResultList} from these pieces rather than as server-side components: a page of 30 cards as
 * components cost each open UI about 300 state nodes (see docs/benchmarks.md, "ui-heap").
 */
final class ProjectCard {

    static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy");

    private ProjectCard() {
    }

    static String meta(ProjectHit hit) {
        return hit.stpName() + " · " + hit.regionName() + " · led by " + hit.leadName()
                + (hit.startDate() == null ? "" : " · started " + MONTH.format(hit.startDate()));
    }

    /**
     * The highlighter's snippet (escaped text with {@code <mark>} tags) as plain-text pieces that alternate between
     * unmarked and marked, starting unmarked (a list of strings reaches the browser as it is; a list of maps would
     * not). Anything other than text and mark is dropped.
     */
    static List<String> snippet(String html) {
        List<String> pieces = new ArrayList<>();
        if (html == null || html.isBlank()) {
            return pieces;
        }
        StringBuilder plain = new StringBuilder();
        for (Node node : Jsoup.parseBodyFragment(html).body().childNodes()) {
            if (node instanceof TextNode text) {
                plain.append(text.getWholeText());
            } else if (node instanceof Element e && e.nameIs("mark")) {
                pieces.add(plain.toString());
                pieces.add(e.wholeText());
                plain.setLength(0);
            }
        }
        if (!plain.isEmpty()) {
            pieces.add(plain.toString());
        }
        return pieces;
    }

    static Span badge(String text, String theme) {
        Span s = new Span(text);
        s.getElement().getThemeList().addAll(java.util.List.of(theme.split(" ")));
        return s;
    }
}
