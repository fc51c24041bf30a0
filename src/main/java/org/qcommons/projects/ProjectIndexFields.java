package org.qcommons.projects;

/** The names of the project index's fields, as {@link Project}'s mapping defines them. */
final class ProjectIndexFields {

    static final String TITLE = "title";
    static final String TITLE_SORT = "titleSort";
    static final String SUMMARY = "summary";
    static final String AIMS = "aims";
    static final String OUTCOMES = "outcomes";
    static final String LEARNING = "learning";
    /** Every word of the project (title, body, topics, methods), stemmed. */
    static final String TEXT = "text";
    /** Every word of the project as typed (unstemmed): what typo tolerance and spelling suggestions read. */
    static final String WORDS = "words";

    static final String TOPIC_NAMES = "topicNames";
    /** Slugs of the project's region and STP names, current and former. */
    static final String AREA_NAMES = "areaNames";

    static final String STATUS = "status";
    static final String START_DATE = "startDate";
    static final String START_YEAR = "startYear";
    static final String CREATED_AT = "createdAt";
    static final String VISIBILITY = "visibility";
    static final String ARCHIVED = "archived";
    static final String WITHHELD = "withheld";
    static final String REGION_ID = "regionId";
    static final String STP_ID = "stpId";
    static final String LEAD_ID = "leadId";
    static final String TOPIC_IDS = "topicIds";
    static final String CONDITION_IDS = "conditionIds";
    static final String ISSUE_IDS = "issueIds";
    static final String METHOD_IDS = "methodIds";
    static final String SPC_SIGNAL = "spcSignal";

    static final String[] BODY = {SUMMARY, AIMS, OUTCOMES, LEARNING};

    private ProjectIndexFields() {}
}
