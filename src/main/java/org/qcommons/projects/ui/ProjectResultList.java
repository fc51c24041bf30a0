package org.qcommons.projects.ui;

import static org.qcommons.projects.ui.Wording.t;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.HasStyle;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.internal.JacksonUtils;
import java.util.List;
import org.qcommons.projects.ProjectHit;
import org.qcommons.projects.Visibility;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The register's results: a list of project cards loaded 15 at a time, the next page when the "Show more" button
 * scrolls into view or is pressed. The cards are drawn in the browser from data pushed in one JavaScript call per
 * page, which Flow forgets once sent, so an open UI keeps no rows at all: only the search and how many rows it has
 * sent (ADR 073). A grid or virtual list keeps every row it has sent in its key mapper.
 * <p>
 * The browser builds each card with DOM calls and {@code textContent}, so titles and snippets stay text; the
 * snippet's marks are made from its pieces ({@code Snippet.pieces()}), each written as text. Screen readers get a list of list
 * items named "Projects"; each card's title is a link, so Tab reaches every result, and "Show more" is a
 * native button.
 */
@Tag("div")
final class ProjectResultList extends Component implements HasSize, HasStyle {

    static final int PAGE = 15;

    /** Fetches rows {@code offset} to {@code offset + limit} of the current search. */
    interface Fetch {
        List<ProjectHit> fetch(int offset, int limit);
    }

    private static final String DRAW = """
            const [reset, cards, shown, total, moreText, words] = [$0, $1, $2, $3, $4, $5];
            if (!this.$list) {
              this.$list = document.createElement('div');
              this.$list.setAttribute('role', 'list');
              this.$list.setAttribute('aria-label', words.list);
              this.$list.className = 'project-results-list';
              this.$more = document.createElement('button');
              this.$more.type = 'button';
              this.$more.className = 'project-results-more';
              const ask = () => {
                if (!this.$more.hidden && !this.$more.disabled) {
                  this.$more.disabled = true;
                  this.dispatchEvent(new CustomEvent('more', {detail: this.$shown}));
                }
              };
              this.$more.addEventListener('click', ask);
              new IntersectionObserver(es => es.some(e => e.isIntersecting) && ask()).observe(this.$more);
              this.append(this.$list, this.$more);
            }
            if (reset) {
              this.$list.replaceChildren();
              this.scrollTop = 0;
            }
            const el = (tag, cls, text) => {
              const e = document.createElement(tag);
              if (cls) e.className = cls;
              if (text !== undefined) e.textContent = text;
              return e;
            };
            const badge = (text, theme) => {
              const s = el('span', null, text);
              s.setAttribute('theme', theme);
              return s;
            };
            for (const h of cards) {
              const card = el('div', 'project-card');
              card.setAttribute('role', 'listitem');
              const head = el('div');
              const a = el('a', 'project-card-title', h.title);
              a.href = h.href;
              head.append(a, badge(h.status, 'badge'));
              if (h.membersOnly) head.append(badge(words.membersOnly, 'badge contrast'));
              const topics = el('div', 'project-card-topics');
              h.topics.forEach(t => topics.append(badge(t, 'badge small contrast')));
              card.append(head, el('span', 'project-card-meta', h.meta), topics);
              if (h.snippet.length) {
                const p = el('p', 'project-card-snippet');
                h.snippet.forEach((text, i) => p.append(i % 2 ? el('mark', null, text) : text));
                card.append(p);
              }
              this.$list.append(card);
            }
            this.$shown = shown;
            this.$more.hidden = shown >= total;
            this.$more.textContent = moreText;
            this.$more.disabled = false;""";

    private Fetch fetch = (offset, limit) -> List.of();
    private int total;
    private int shown;
    private boolean reattached;

    ProjectResultList() {
        setId("project-results");
        getElement()
                .addEventListener(
                        "more", e -> more(e.getEventData().get("event.detail").asInt()))
                .addEventData("event.detail");
    }

    /** A new search: {@code total} rows, the first of them already fetched, the rest fetched by {@code fetch}. */
    void show(int total, List<ProjectHit> first, Fetch fetch) {
        this.total = total;
        this.fetch = fetch;
        this.shown = 0;
        send(true, first.size() > PAGE ? first.subList(0, PAGE) : first);
    }

    /** How many rows the search has. */
    int size() {
        return total;
    }

    /** How many rows have gone to the browser. */
    int shown() {
        return shown;
    }

    /** Row {@code index} of the search, fetched as the browser's rows are (for tests). */
    ProjectHit get(int index) {
        return fetch.fetch(index, 1).getFirst();
    }

    /**
     * The browser asks for the page after the {@code clientShown} rows it has. A request that does not match what
     * was sent (a double click, or one from before a new search) is ignored.
     */
    private void more(int clientShown) {
        if (clientShown == shown && shown < total) {
            send(false, fetch.fetch(shown, PAGE));
        }
    }

    private void send(boolean reset, List<ProjectHit> page) {
        shown += page.size();
        ArrayNode cards = JacksonUtils.createArrayNode();
        for (ProjectHit hit : page) {
            ObjectNode card = cards.addObject();
            card.put("href", "projects/" + hit.id());
            card.put("title", hit.title());
            card.put("status", hit.status().label());
            card.put("membersOnly", hit.visibility() == Visibility.MEMBERS);
            card.put("meta", ProjectCard.meta(hit));
            ArrayNode topics = card.putArray("topics");
            hit.topics().forEach(topics::add);
            ArrayNode snippet = card.putArray("snippet");
            hit.snippet().pieces().forEach(snippet::add);
        }
        String moreText = t("list.more", shown, total);
        ObjectNode words = JacksonUtils.createObjectNode();
        words.put("list", t("list.aria"));
        words.put("membersOnly", t("list.membersOnly"));
        getElement().executeJs(DRAW, reset, cards, shown, total, moreText, words);
    }

    @Override
    protected void onDetach(DetachEvent event) {
        super.onDetach(event);
        reattached = true;
    }

    /** Attached again, the list is a new, empty element in the browser: start it again from the first page. */
    @Override
    protected void onAttach(AttachEvent event) {
        super.onAttach(event);
        if (reattached) {
            shown = 0;
            send(true, total > 0 ? fetch.fetch(0, PAGE) : List.of());
        }
    }
}
