package org.qcommons.projects.ui;

import java.util.Objects;

/** A facet value with its live count. Equal by key, so a chosen value survives a refresh of the counts. */
record FacetOption<K>(K key, String urlValue, String name, long count) {

    String label() {
        return name + " (" + count + ")";
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
