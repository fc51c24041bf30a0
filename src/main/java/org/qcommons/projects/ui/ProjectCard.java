package org.qcommons.projects.ui;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.RouterLink;
import java.time.format.DateTimeFormatter;
import org.jsoup.Jsoup;
import org.jsoup.safety.Safelist;
import org.qcommons.projects.ProjectHit;
import org.qcommons.projects.Visibility;

/** One result in the register: title, status, place, lead, topics and where the words matched. */
final class ProjectCard {

    static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy");

    private ProjectCard() {
    }

    static Div of(ProjectHit hit) {
        RouterLink title = new RouterLink(hit.title(), ProjectView.class, hit.id());
        title.addClassName("project-card-title");
        Div head = new Div(title, badge(hit.status().label(), "badge"));
        if (hit.visibility() == Visibility.MEMBERS) {
            head.add(badge("Members only", "badge contrast"));
        }
        Span meta = new Span(hit.stpName() + " · " + hit.regionName() + " · led by " + hit.leadName()
                + (hit.startDate() == null ? "" : " · started " + MONTH.format(hit.startDate())));
        meta.addClassName("project-card-meta");
        Div topics = new Div();
        topics.addClassName("project-card-topics");
        hit.topics().forEach(t -> topics.add(badge(t, "badge small contrast")));
        Div card = new Div(head, meta, topics);
        if (hit.snippetHtml() != null && !hit.snippetHtml().isBlank()) {
            // The snippet arrives escaped with <mark> tags; cleaning again keeps anything else out.
            card.add(new Html("<p class=\"project-card-snippet\">"
                    + Jsoup.clean(hit.snippetHtml(), Safelist.none().addTags("mark")) + "</p>"));
        }
        card.addClassName("project-card");
        return card;
    }

    static Span badge(String text, String theme) {
        Span s = new Span(text);
        s.getElement().getThemeList().addAll(java.util.List.of(theme.split(" ")));
        return s;
    }
}
