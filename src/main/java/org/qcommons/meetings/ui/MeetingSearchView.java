package org.qcommons.meetings.ui;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.qcommons.meetings.MeetingHit;
import org.qcommons.meetings.MeetingSearch;

/**
 * One search across meetings: agenda items, minutes, decisions and actions of the groups the reader may see, with
 * the words found highlighted. The words are kept in the address (?q=...) so a search can be shared.
 */
@Route("search/meetings")
@Menu(order = 41, icon = "vaadin:search", title = "Search meetings")
@PageTitle("Search meetings | Q Commons")
@AnonymousAllowed
public class MeetingSearchView extends VerticalLayout implements BeforeEnterObserver {

    static final int LIMIT = 50;
    final TextField query = new TextField();
    final Button go = new Button("Search");
    final Span count = new Span();
    final VerticalLayout results = new VerticalLayout();
    private final MeetingSearch search;

    MeetingSearchView(MeetingSearch search) {
        this.search = search;
        setMaxWidth("70rem");
        query.setAriaLabel("Search meetings");
        query.setPlaceholder("Words in agendas, minutes, decisions or actions");
        query.setWidth("30rem");
        query.setClearButtonVisible(true);
        query.addKeyDownListener(com.vaadin.flow.component.Key.ENTER, e -> run());
        go.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        go.addClickListener(e -> run());
        results.setPadding(false);
        count.setId("meeting-search-count");
        HorizontalLayout bar = new HorizontalLayout(query, go);
        bar.setAlignItems(Alignment.BASELINE);
        add(new H2("Search meetings"), bar, count, results);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.getLocation().getQueryParameters().getSingleParameter("q").ifPresent(q -> {
            query.setValue(q);
            show(q);
        });
    }

    void run() {
        getUI().ifPresent(ui -> ui.getPage()
                .getHistory()
                .replaceState(
                        null,
                        "search/meetings?"
                                + QueryParameters.of("q", query.getValue()).getQueryString()));
        show(query.getValue());
    }

    private void show(String text) {
        results.removeAll();
        MeetingSearch.Found found = search.search(text, LIMIT);
        count.setText(
                text == null || text.isBlank()
                        ? ""
                        : found.total() == 1 ? "1 meeting found" : found.total() + " meetings found");
        if (found.total() == 0 && text != null && !text.isBlank()) {
            results.add(new Paragraph("No meetings you can see mention these words."));
        }
        for (MeetingHit hit : found.hits()) {
            Div card = new Div();
            card.addClassName("meeting-hit");
            RouterLink link = new RouterLink(
                    hit.meetingTitle(), MeetingView.class, new RouteParameters("id", String.valueOf(hit.meetingId())));
            card.add(
                    link,
                    new Span(" · " + hit.groupName() + " · "
                            + Formats.shortDate(hit.startsAt().toLocalDate())));
            for (MeetingHit.Snippet s : hit.snippets()) {
                // Escaped by MeetingSearch; <mark> is the only markup.
                card.add(new Html("<p class=\"snippet\"><strong>" + s.where() + ":</strong> " + s.html() + "</p>"));
            }
            results.add(card);
        }
    }
}
