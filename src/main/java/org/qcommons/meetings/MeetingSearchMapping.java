package org.qcommons.meetings;

import java.util.List;
import org.hibernate.search.engine.backend.types.Highlightable;
import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.mapper.orm.mapping.HibernateOrmMappingConfigurationContext;
import org.hibernate.search.mapper.orm.mapping.HibernateOrmSearchMappingConfigurer;
import org.hibernate.search.mapper.pojo.automaticindexing.ReindexOnUpdate;
import org.hibernate.search.mapper.pojo.mapping.definition.programmatic.TypeMappingStep;
import org.qcommons.base.search.SearchAnalysis;

/**
 * The meetings index (issue 20): one document per meeting with its agenda items' titles and minutes, its decisions
 * and its actions, its status and its group's id, so that the viewer's visibility is a filter of the query itself.
 * Mapped in code, beside the search, so that the entities keep no search annotations; registered with
 * {@code hibernate.search.mapping.configurer}.
 */
public class MeetingSearchMapping implements HibernateOrmSearchMappingConfigurer {

    static final String TITLE = "title";
    static final String STATUS = "status";
    static final String GROUP_ID = "group.id";
    static final String ITEM_TITLES = "agendaItems.title";
    static final String MINUTES = "agendaItems.minutesText";
    static final String DECISIONS = "decisions.text";
    static final String ACTIONS = "actions.description";
    static final List<String> TEXT_FIELDS = List.of(TITLE, ITEM_TITLES, MINUTES, DECISIONS, ACTIONS);

    private static final List<Highlightable> HIGHLIGHT = List.of(Highlightable.PLAIN, Highlightable.UNIFIED);

    @Override
    public void configure(HibernateOrmMappingConfigurationContext context) {
        var mapping = context.programmaticMapping();
        TypeMappingStep meeting = mapping.type(Meeting.class);
        meeting.indexed().index("meeting");
        text(meeting, "title");
        meeting.property("status").keywordField();
        meeting.property("startsAt").genericField().sortable(Sortable.YES);
        // The group's id only; a group's own changes never change what a meeting's document holds.
        meeting.property("group")
                .indexedEmbedded()
                .includeEmbeddedObjectId(true)
                .includeDepth(1)
                .indexingDependency()
                .reindexOnUpdate(ReindexOnUpdate.SHALLOW);
        meeting.property("agendaItems").indexedEmbedded().includePaths("title", "minutesText");
        meeting.property("decisions").indexedEmbedded().includePaths("text");
        meeting.property("actions").indexedEmbedded().includePaths("description");
        TypeMappingStep item = mapping.type(AgendaItem.class);
        text(item, "title");
        text(item, "minutesText");
        text(mapping.type(Decision.class), "text");
        text(mapping.type(ActionItem.class), "description");
    }

    private static void text(TypeMappingStep type, String property) {
        type.property(property)
                .fullTextField()
                .analyzer(SearchAnalysis.ENGLISH)
                .searchAnalyzer(SearchAnalysis.ENGLISH_SEARCH)
                .highlightable(HIGHLIGHT);
    }
}
