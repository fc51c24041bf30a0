package org.qcommons.base.audit;

import java.time.Instant;
import java.util.List;

/** One change to a record: when, who, what kind, and which fields changed from what to what. */
public record AuditEntry(long revision, Instant when, String who, String kind, List<FieldChange> changes) {

    public record FieldChange(String field, String before, String after) {
    }
}
