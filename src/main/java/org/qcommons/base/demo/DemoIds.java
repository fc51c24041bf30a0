package org.qcommons.base.demo;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The ids that seeders hand to one another, by kind and by a name the seeders agree on (an organisation's name, a
 * demo account's email, a project's title, a group's slug). Later seeders read these instead of searching for what
 * earlier ones made, so the demo never depends on the search index being up to date. Kept in insertion order, so
 * {@link #all(Kind)} lists things in the order they were seeded.
 */
public final class DemoIds {

    public enum Kind {
        REGION,
        ORGANISATION,
        MEMBER,
        PROJECT,
        GROUP,
        REQUEST,
        MEASURE
    }

    private final Map<Kind, Map<String, Long>> ids = new EnumMap<>(Kind.class);

    public void put(Kind kind, String name, Long id) {
        if (id == null) {
            throw new IllegalArgumentException("No id for " + kind + " " + name);
        }
        ids.computeIfAbsent(kind, k -> new LinkedHashMap<>()).put(name, id);
    }

    public Optional<Long> find(Kind kind, String name) {
        return Optional.ofNullable(ids.getOrDefault(kind, Map.of()).get(name));
    }

    /** The id a lower seeder must have published; its absence is a fault in the seeding order. */
    public Long get(Kind kind, String name) {
        return find(kind, name)
                .orElseThrow(() -> new IllegalStateException("Demo data has no "
                        + kind.name().toLowerCase() + " '" + name + "': a lower seeder did not run"));
    }

    public List<Long> all(Kind kind) {
        return new ArrayList<>(ids.getOrDefault(kind, Map.of()).values());
    }

    public boolean has(Kind kind, String name) {
        return find(kind, name).isPresent();
    }
}
