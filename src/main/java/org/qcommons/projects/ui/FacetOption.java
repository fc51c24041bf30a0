package org.qcommons.projects.ui;

import static org.qcommons.projects.ui.Wording.t;

import java.util.Objects;

/** A facet value with its live count. Equal by key, so a chosen value survives a refresh of the counts. */
record FacetOption<K>(K key, String urlValue, String name, long count) {

    String label() {
        return t("facets.option", name, count);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof FacetOption<?> other && Objects.equals(key, other.key);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(key);
    }
}
