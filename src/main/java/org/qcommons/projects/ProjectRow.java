package org.qcommons.projects;

import java.time.LocalDate;
import java.util.List;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FieldProjection;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IdProjection;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.ProjectionConstructor;

/**
 * One hit as the index stores it: stored fields and ids, never entities (decision 012). The names behind the ids come
 * from {@link RegisterLabels}, so a rename or an erasure shows without reindexing.
 */
@ProjectionConstructor
record ProjectRow(
        @IdProjection Long id,
        @FieldProjection(path = ProjectIndexFields.TITLE) String title,
        @FieldProjection(path = ProjectIndexFields.STATUS) ProjectStatus status,

        @FieldProjection(path = ProjectIndexFields.START_DATE)
        LocalDate startDate,

        @FieldProjection(path = ProjectIndexFields.VISIBILITY)
        Visibility visibility,

        @FieldProjection(path = ProjectIndexFields.REGION_ID)
        Long regionId,

        @FieldProjection(path = ProjectIndexFields.STP_ID) Long stpId,
        @FieldProjection(path = ProjectIndexFields.LEAD_ID) Long leadId,

        @FieldProjection(path = ProjectIndexFields.TOPIC_IDS)
        List<Long> topicIds,

        @FieldProjection(path = ProjectIndexFields.METHOD_IDS)
        List<Long> methodIds,

        @FieldProjection(path = ProjectIndexFields.SUMMARY) String summary,
        @FieldProjection(path = ProjectIndexFields.AIMS) String aims,
        @FieldProjection(path = ProjectIndexFields.OUTCOMES) String outcomes,
        @FieldProjection(path = ProjectIndexFields.LEARNING) String learning) {}
