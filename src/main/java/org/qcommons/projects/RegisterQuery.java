package org.qcommons.projects;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import org.qcommons.spc.Signal;

/**
 * One search of the register: the words, the chosen facet values and the order. The register view, the landing
 * page's links, the CSV export and the open-data API all speak it; {@link RegisterQueryCodec} reads and writes it as
 * URL parameters. Facets that are not chosen are absent; blank words mean none.
 */
public record RegisterQuery(String text, Map<RegisterFacet, Object> filters, Sort sort) {

    public enum Sort {
        RELEVANCE("Relevance"),
        NEWEST("Newest"),
        TITLE("Title");

        private final String label;

        Sort(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }

        public String param() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    private static final RegisterQuery ANY = new RegisterQuery(null, Map.of(), Sort.RELEVANCE);

    public RegisterQuery {
        text = text == null || text.isBlank() ? null : text.trim();
        EnumMap<RegisterFacet, Object> copy = new EnumMap<>(RegisterFacet.class);
        if (filters != null) {
            filters.forEach((facet, value) -> {
                if (value != null) {
                    copy.put(facet, facet.type().cast(value));
                }
            });
        }
        filters = Collections.unmodifiableMap(copy);
        sort = sort == null ? Sort.RELEVANCE : sort;
    }

    public static RegisterQuery any() {
        return ANY;
    }

    public static RegisterQuery text(String text) {
        return any().withText(text);
    }

    public boolean hasText() {
        return text != null;
    }

    /** The chosen value of a facet, or null. */
    @SuppressWarnings("unchecked")
    public <T> T get(RegisterFacet facet) {
        return (T) filters.get(facet);
    }

    /** The same query with this facet set to {@code value}, or cleared if it is null. */
    public RegisterQuery with(RegisterFacet facet, Object value) {
        EnumMap<RegisterFacet, Object> copy = new EnumMap<>(RegisterFacet.class);
        copy.putAll(filters);
        if (value == null) {
            copy.remove(facet);
        } else {
            copy.put(facet, value);
        }
        return new RegisterQuery(text, copy, sort);
    }

    public RegisterQuery withText(String t) {
        return new RegisterQuery(t, filters, sort);
    }

    public RegisterQuery withSort(Sort s) {
        return new RegisterQuery(text, filters, s);
    }

    /** Without the facets only members may search by. */
    public RegisterQuery forPublic() {
        RegisterQuery q = this;
        for (RegisterFacet facet : RegisterFacet.values()) {
            if (facet.membersOnly()) {
                q = q.with(facet, null);
            }
        }
        return q;
    }

    // Typed shorthands for the facets callers name most.

    public Long regionId() {
        return get(RegisterFacet.REGION);
    }

    public Long stpId() {
        return get(RegisterFacet.STP);
    }

    public Long conditionId() {
        return get(RegisterFacet.CONDITION);
    }

    public Long issueId() {
        return get(RegisterFacet.ISSUE);
    }

    public ProjectStatus status() {
        return get(RegisterFacet.STATUS);
    }

    public Long methodId() {
        return get(RegisterFacet.METHOD);
    }

    public Integer startYear() {
        return get(RegisterFacet.YEAR);
    }

    public Signal signal() {
        return get(RegisterFacet.SIGNAL);
    }

    public RegisterQuery withRegion(Long id) {
        return with(RegisterFacet.REGION, id);
    }

    public RegisterQuery withStp(Long id) {
        return with(RegisterFacet.STP, id);
    }

    public RegisterQuery withCondition(Long id) {
        return with(RegisterFacet.CONDITION, id);
    }

    public RegisterQuery withIssue(Long id) {
        return with(RegisterFacet.ISSUE, id);
    }

    public RegisterQuery withStatus(ProjectStatus s) {
        return with(RegisterFacet.STATUS, s);
    }

    public RegisterQuery withMethod(Long id) {
        return with(RegisterFacet.METHOD, id);
    }

    public RegisterQuery withStartYear(Integer y) {
        return with(RegisterFacet.YEAR, y);
    }

    public RegisterQuery withSignal(Signal s) {
        return with(RegisterFacet.SIGNAL, s);
    }
}
