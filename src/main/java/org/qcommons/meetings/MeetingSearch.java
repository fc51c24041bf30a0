package org.qcommons.meetings;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hibernate.search.engine.search.common.BooleanOperator;
import org.hibernate.search.engine.search.predicate.SearchPredicate;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.qcommons.base.security.CurrentUser;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * One search over the agenda items, minutes, decisions and actions of the meetings the reader may see, with
 * highlighted snippets. Visibility is a filter inside the index query, as in the register (ProjectSearch): seat
 * holders search all of their groups' meetings, drafts included; everyone else only meetings whose minutes are
 * published, of public groups (anonymous readers) or of public and members' groups (signed in). So members-only and
 * draft text is never in a result or in the count. Backend-neutral predicates only (Lucene and OpenSearch).
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("permitAll()")
public class MeetingSearch {

    /** Markers no one types, escaped around; turned into {@code <mark>} after the text is escaped. */
    private static final String OPEN = "\u0002";

    private static final String CLOSE = "\u0003";
    private static final Map<String, String> WHERE = new LinkedHashMap<>();

    static {
        WHERE.put(MeetingSearchMapping.TITLE, "Meeting");
        WHERE.put(MeetingSearchMapping.ITEM_TITLES, "Agenda");
        WHERE.put(MeetingSearchMapping.MINUTES, "Minutes");
        WHERE.put(MeetingSearchMapping.DECISIONS, "Decision");
        WHERE.put(MeetingSearchMapping.ACTIONS, "Action");
    }

    @PersistenceContext
    private EntityManager em;

    private final SearchableGroups groups;

    MeetingSearch(SearchableGroups groups) {
        this.groups = groups;
    }

    public record Found(List<MeetingHit> hits, long total) {}

    public Found search(String text, int limit) {
        if (text == null || text.isBlank()) {
            return new Found(List.of(), 0);
        }
        SearchSession session = Search.session(em);
        var scope = session.scope(Meeting.class);
        var f = scope.predicate();
        SearchPredicate visible = visibility(f);
        if (visible == null) {
            return new Found(List.of(), 0);
        }
        SearchPredicate words = f.simpleQueryString()
                .field(MeetingSearchMapping.TITLE)
                .boost(2f)
                .fields(MeetingSearchMapping.ITEM_TITLES, MeetingSearchMapping.MINUTES)
                .fields(MeetingSearchMapping.DECISIONS, MeetingSearchMapping.ACTIONS)
                .matching(firstWords(text))
                .defaultOperator(BooleanOperator.AND)
                .toPredicate();
        SearchResult<List<?>> result = session.search(scope)
                .select(p -> p.composite()
                        .from(
                                p.entity(),
                                p.highlight(MeetingSearchMapping.TITLE),
                                p.highlight(MeetingSearchMapping.ITEM_TITLES),
                                p.highlight(MeetingSearchMapping.MINUTES),
                                p.highlight(MeetingSearchMapping.DECISIONS),
                                p.highlight(MeetingSearchMapping.ACTIONS))
                        .asList())
                .where(f.bool().must(words).filter(visible).toPredicate())
                .highlighter(h -> h.plain().tag(OPEN, CLOSE).fragmentSize(160).numberOfFragments(2))
                .sort(s -> s.score().then().field("startsAt").desc())
                .fetch(Math.max(1, Math.min(limit, 100)));
        List<MeetingHit> hits = new ArrayList<>();
        for (List<?> row : result.hits()) {
            Meeting m = (Meeting) row.get(0);
            List<MeetingHit.Snippet> snippets = new ArrayList<>();
            int i = 1;
            for (String where : WHERE.values()) {
                @SuppressWarnings("unchecked")
                List<String> found = (List<String>) row.get(i++);
                found.forEach(s -> snippets.add(new MeetingHit.Snippet(where, safe(s))));
            }
            hits.add(new MeetingHit(m.getId(), m.getTitle(), m.getGroup().getName(), m.getStartsAt(), snippets));
        }
        return new Found(hits, result.total().hitCount());
    }

    /** The reader's filter, or null when they may see no meeting at all. */
    private SearchPredicate visibility(SearchPredicateFactory f) {
        if (CurrentUser.isAdmin()) {
            return f.matchAll().toPredicate();
        }
        List<Long> seats = CurrentUser.memberId().map(groups::idsWithSeatOf).orElse(List.of());
        List<Long> readable = groups.idsWithVisibility(
                CurrentUser.isSignedIn()
                        ? EnumSet.of(Visibility.PUBLIC, Visibility.MEMBERS)
                        : EnumSet.of(Visibility.PUBLIC));
        var any = f.bool();
        boolean some = false;
        if (!seats.isEmpty()) {
            any.should(f.terms().field(MeetingSearchMapping.GROUP_ID).matchingAny(seats));
            some = true;
        }
        if (!readable.isEmpty()) {
            any.should(f.bool()
                    .must(f.match().field(MeetingSearchMapping.STATUS).matching(MeetingStatus.MINUTES_PUBLISHED))
                    .must(f.terms().field(MeetingSearchMapping.GROUP_ID).matchingAny(readable)));
            some = true;
        }
        return some ? any.minimumShouldMatchNumber(1).toPredicate() : null;
    }

    private static String safe(String highlighted) {
        return highlighted
                .replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;")
                .replace(OPEN, "<mark>")
                .replace(CLOSE, "</mark>");
    }

    /**
     * A search is a few words: the first 20 words of at most 500 characters are searched. Pasted paragraphs (or the
     * route sweep's 100,000 characters) would otherwise exceed Lucene's 1,024 clauses and fail the page.
     */
    static String firstWords(String text) {
        String stripped = text.strip();
        String capped = stripped.length() > 500 ? stripped.substring(0, 500) : stripped;
        String[] words = capped.split("\\s+");
        return words.length <= 20 ? capped : String.join(" ", java.util.Arrays.copyOf(words, 20));
    }
}
