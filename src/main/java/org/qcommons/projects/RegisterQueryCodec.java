package org.qcommons.projects;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * The register's one URL form: a {@link RegisterQuery} to query parameters and back, for the register's address,
 * the landing page's links and the open-data API. Parameters: {@code q}, each facet's {@link RegisterFacet#param()},
 * and {@code sort}.
 */
@Component
public class RegisterQueryCodec {

    public static final String TEXT = "q";
    public static final String SORT = "sort";
    public static final int MAX_TEXT = 200;

    /** How to treat what an address holds that names nothing. */
    public enum Mode {
        /** An address in a browser: unknown values are ignored, so an old or hand-made link still opens. */
        LENIENT,
        /** The open-data API: an unknown value is an error, and members-only facets are not offered. */
        STRICT
    }

    /** A parameter that names nothing; the message says which, in the API's words. */
    public static final class InvalidQuery extends IllegalArgumentException {
        InvalidQuery(String message) {
            super(message);
        }
    }

    private final RegisterReference reference;

    RegisterQueryCodec(RegisterReference reference) {
        this.reference = reference;
    }

    /**
     * Reads a query from parameters. An STP without a region brings its region with it; leniently, an STP outside
     * the chosen region is dropped. {@code members} says whether members-only facets may be read.
     */
    public RegisterQuery decode(Map<String, List<String>> params, Mode mode, boolean members) {
        RegisterChoices choices = reference.choices();
        String text = first(params, TEXT)
                .map(q -> q.length() > MAX_TEXT ? q.substring(0, MAX_TEXT) : q)
                .orElse(null);
        RegisterQuery q =
                RegisterQuery.text(text).withSort(sort(first(params, SORT).orElse(null), mode));
        for (RegisterFacet facet : RegisterFacet.values()) {
            if (facet.membersOnly() && (!members || mode == Mode.STRICT)) {
                continue;
            }
            Optional<String> raw = first(params, facet.param());
            if (raw.isEmpty()) {
                continue;
            }
            Object value = facet.parse(raw.get(), choices).orElse(null);
            if (value == null && mode == Mode.STRICT) {
                throw new InvalidQuery("unknown " + facet.param() + ": " + raw.get());
            }
            q = q.with(facet, value);
        }
        if (q.stpId() != null) {
            Long region = choices.regionOfStp(q.stpId());
            if (q.regionId() == null) {
                q = q.withRegion(region);
            } else if (!q.regionId().equals(region) && mode == Mode.LENIENT) {
                q = q.withStp(null);
            }
        }
        return q;
    }

    private static RegisterQuery.Sort sort(String value, Mode mode) {
        if (value == null) {
            return RegisterQuery.Sort.RELEVANCE;
        }
        Optional<RegisterQuery.Sort> sort = Arrays.stream(RegisterQuery.Sort.values())
                .filter(s -> s.name().equalsIgnoreCase(value))
                .findFirst();
        if (sort.isEmpty() && mode == Mode.STRICT) {
            throw new InvalidQuery("sort must be "
                    + Arrays.stream(RegisterQuery.Sort.values())
                            .map(RegisterQuery.Sort::param)
                            .collect(Collectors.joining(", "))
                            .replaceFirst(", (\\w+)$", " or $1"));
        }
        return sort.orElse(RegisterQuery.Sort.RELEVANCE);
    }

    /** The query as parameters, in a stable order; an STP outside the chosen region is left behind. */
    public Map<String, String> encode(RegisterQuery q) {
        RegisterChoices choices = reference.choices();
        Map<String, String> params = new LinkedHashMap<>();
        if (q.hasText()) {
            params.put(TEXT, q.text());
        }
        q.filters().forEach((facet, value) -> {
            if (facet == RegisterFacet.STP
                    && (q.regionId() == null || !q.regionId().equals(choices.regionOfStp(value)))) {
                return;
            }
            String written = facet.format(value, choices);
            if (written != null) {
                params.put(facet.param(), written);
            }
        });
        if (q.sort() != RegisterQuery.Sort.RELEVANCE) {
            params.put(SORT, q.sort().param());
        }
        return params;
    }

    /** The register's address for this query, relative to the application's root: {@code projects?region=...}. */
    public String href(RegisterQuery q) {
        String query = encode(q).entrySet().stream()
                .map(e -> e.getKey() + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)
                                .replace("+", "%20"))
                .collect(Collectors.joining("&"));
        return query.isEmpty() ? "projects" : "projects?" + query;
    }

    private static Optional<String> first(Map<String, List<String>> params, String name) {
        List<String> values = params.get(name);
        return values == null
                        || values.isEmpty()
                        || values.get(0) == null
                        || values.get(0).isBlank()
                ? Optional.empty()
                : Optional.of(values.get(0));
    }
}
