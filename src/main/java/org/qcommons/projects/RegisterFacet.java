package org.qcommons.projects;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.function.BiFunction;
import org.qcommons.organisations.Region;
import org.qcommons.spc.Signal;

/**
 * The register's facets: the URL parameter, the index field and how a value is written in an address. The query,
 * its codec, the index filters and the counts all iterate over these constants, so adding a facet means a constant
 * here and its box in the facet panel.
 */
public enum RegisterFacet {
    REGION(
            "region",
            ProjectIndexFields.REGION_ID,
            Long.class,
            false,
            (v, c) -> c.regions().stream()
                    .filter(r -> r.getSlug().equals(v))
                    .findFirst()
                    .map(Region::getId)
                    .orElse(null),
            (k, c) -> c.regions().stream()
                    .filter(r -> r.getId().equals(k))
                    .findFirst()
                    .map(Region::getSlug)
                    .orElse(null)),
    STP(
            "stp",
            ProjectIndexFields.STP_ID,
            Long.class,
            false,
            (v, c) -> c.stps().stream()
                    .filter(s -> String.valueOf(s.getId()).equals(v))
                    .findFirst()
                    .map(s -> s.getId())
                    .orElse(null),
            (k, c) -> String.valueOf(k)),
    CONDITION(
            "condition",
            ProjectIndexFields.CONDITION_IDS,
            Long.class,
            false,
            (v, c) -> c.topicId(TopicKind.CONDITION, v),
            (k, c) -> c.topicSlug(k)),
    ISSUE(
            "issue",
            ProjectIndexFields.ISSUE_IDS,
            Long.class,
            false,
            (v, c) -> c.topicId(TopicKind.ISSUE, v),
            (k, c) -> c.topicSlug(k)),
    STATUS(
            "status",
            ProjectIndexFields.STATUS,
            ProjectStatus.class,
            false,
            (v, c) -> named(ProjectStatus.values(), v),
            (k, c) -> lower(k)),
    METHOD(
            "method",
            ProjectIndexFields.METHOD_IDS,
            Long.class,
            false,
            (v, c) -> c.methods().stream()
                    .filter(m -> m.getSlug().equals(v))
                    .findFirst()
                    .map(QiMethod::getId)
                    .orElse(null),
            (k, c) -> c.methods().stream()
                    .filter(m -> m.getId().equals(k))
                    .findFirst()
                    .map(QiMethod::getSlug)
                    .orElse(null)),
    YEAR(
            "year",
            ProjectIndexFields.START_YEAR,
            Integer.class,
            false,
            (v, c) -> v.matches("\\d{4}") ? Integer.valueOf(v) : null,
            (k, c) -> String.valueOf(k)),
    /** The latest SPC signal of the project's measures: they are members only, and so is the facet. */
    SIGNAL(
            "signal",
            ProjectIndexFields.SPC_SIGNAL,
            Signal.class,
            true,
            (v, c) -> named(Signal.values(), v),
            (k, c) -> lower(k));

    private final String param;
    private final String field;
    private final Class<?> type;
    private final boolean membersOnly;
    private final BiFunction<String, RegisterChoices, Object> parse;
    private final BiFunction<Object, RegisterChoices, String> format;

    RegisterFacet(
            String param,
            String field,
            Class<?> type,
            boolean membersOnly,
            BiFunction<String, RegisterChoices, Object> parse,
            BiFunction<Object, RegisterChoices, String> format) {
        this.param = param;
        this.field = field;
        this.type = type;
        this.membersOnly = membersOnly;
        this.parse = parse;
        this.format = format;
    }

    /** The name of the URL parameter (and of the API's query parameter). */
    public String param() {
        return param;
    }

    String field() {
        return field;
    }

    Class<?> type() {
        return type;
    }

    /** True for facets that only signed-in members may search by. */
    public boolean membersOnly() {
        return membersOnly;
    }

    /** The value an address names, if it names one that exists. */
    Optional<Object> parse(String value, RegisterChoices choices) {
        return value == null || value.isBlank()
                ? Optional.empty()
                : Optional.ofNullable(parse.apply(value.trim(), choices));
    }

    /** How a value is written in an address. */
    String format(Object key, RegisterChoices choices) {
        return format.apply(key, choices);
    }

    private static <E extends Enum<E>> E named(E[] values, String v) {
        return Arrays.stream(values)
                .filter(e -> e.name().equalsIgnoreCase(v))
                .findFirst()
                .orElse(null);
    }

    private static String lower(Object e) {
        return ((Enum<?>) e).name().toLowerCase(Locale.ROOT);
    }
}
