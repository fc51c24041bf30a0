package org.qcommons.projects;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.qcommons.people.MemberName;
import org.qcommons.people.MemberService;
import org.springframework.cache.Cache;
import org.springframework.stereotype.Component;

/**
 * The names a page of results shows (region, STP, topic, method, and each lead's name and directory consent), from
 * the caches of {@link RegisterCaches}, so that a search needs no database round trip (decision 075). They are asked
 * of the features that own them, never read from their tables. An id not known (a row written by JDBC, as the demo
 * data is) makes the names be read afresh once.
 */
@Component
class RegisterLabels {

    record Lead(String name, boolean consent) {}

    private static final String ALL = "all";

    private final RegisterCaches caches;
    private final RegisterReference reference;
    private final MemberService members;

    RegisterLabels(RegisterCaches caches, RegisterReference reference, MemberService members) {
        this.caches = caches;
        this.reference = reference;
        this.members = members;
    }

    /** Names of regions, STPs, topics and methods, keyed by {@link #key}. */
    Names names() {
        Cache cache = caches.cache(RegisterCaches.NAMES);
        Cache.ValueWrapper kept = cache.get(ALL);
        if (kept != null && kept.get() instanceof Names names) {
            return names;
        }
        return load(cache);
    }

    private Names load(Cache cache) {
        long seen = caches.generation();
        RegisterChoices c = reference.choices();
        Map<String, String> names = new HashMap<>();
        c.regions().forEach(r -> names.put(key(RegisterFacet.REGION, r.getId()), r.getName()));
        c.stps().forEach(s -> names.put(key(RegisterFacet.STP, s.getId()), s.getName()));
        c.topics().forEach(t -> names.put(key(RegisterFacet.CONDITION, t.getId()), t.getName()));
        c.methods().forEach(m -> names.put(key(RegisterFacet.METHOD, m.getId()), m.getName()));
        Names loaded = new Names(Map.copyOf(names), this);
        if (caches.mayKeep(seen)) {
            cache.put(ALL, loaded);
        }
        return loaded;
    }

    /** Topics of both kinds share one key space: their ids are unique among topics. */
    private static String key(RegisterFacet facet, Long id) {
        RegisterFacet kind = facet == RegisterFacet.ISSUE ? RegisterFacet.CONDITION : facet;
        return kind.name() + ":" + id;
    }

    /** One look at the names for one page of results. */
    static final class Names {
        private final Map<String, String> names;
        private final RegisterLabels labels;
        private boolean reloaded;
        private Map<String, String> current;

        private Names(Map<String, String> names, RegisterLabels labels) {
            this.names = names;
            this.current = names;
            this.labels = labels;
        }

        /** The name of a region, STP, topic or method, or null if there is no such row. */
        String of(RegisterFacet facet, Long id) {
            if (id == null) {
                return null;
            }
            String k = key(facet, id);
            if (!current.containsKey(k) && !reloaded) {
                // A row this copy has not seen: read afresh through the one eviction path, once per page.
                reloaded = true;
                labels.caches.on(new RegisterChanged(RegisterChanged.What.REFERENCE, null));
                current = labels.load(labels.caches.cache(RegisterCaches.NAMES)).names;
            }
            return current.get(k);
        }
    }

    /** The lead of each id that exists, asked of the members feature only for ids not already known. */
    Map<Long, Lead> leads(Collection<Long> ids) {
        Cache cache = caches.cache(RegisterCaches.LEADS);
        Map<Long, Lead> result = new HashMap<>();
        Set<Long> missing = new HashSet<>();
        for (Long id : ids) {
            if (id == null) {
                continue;
            }
            Cache.ValueWrapper kept = cache.get(id);
            if (kept != null && kept.get() instanceof Lead lead) {
                result.put(id, lead);
            } else {
                missing.add(id);
            }
        }
        if (!missing.isEmpty()) {
            long seen = caches.generation();
            Map<Long, Lead> loaded = new HashMap<>();
            for (MemberName name : members.names(missing)) {
                loaded.put(name.id(), new Lead(name.fullName(), name.directoryConsent()));
            }
            result.putAll(loaded);
            if (caches.mayKeep(seen)) {
                loaded.forEach(cache::put);
            }
        }
        return result;
    }
}
