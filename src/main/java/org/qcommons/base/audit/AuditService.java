package org.qcommons.base.audit;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.hibernate.envers.AuditReaderFactory;
import org.hibernate.envers.RevisionType;
import org.hibernate.envers.query.AuditEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.beans.Introspector;
import java.beans.PropertyDescriptor;
import java.lang.reflect.Method;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Reads the Envers audit trail of one record and turns it into "who changed what and when". Callers decide who may
 * see a record's history (the record's owner or an ADMIN); this service only formats it.
 */
@Service
@Transactional(readOnly = true)
public class AuditService {

    private static final Set<String> SKIPPED = Set.of("class", "id", "version", "new", "updatedAt", "createdAt");

    @PersistenceContext
    private EntityManager entityManager;

    @PreAuthorize("isAuthenticated()")
    public List<AuditEntry> history(Class<?> type, Long id) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = AuditReaderFactory.get(entityManager).createQuery()
                .forRevisionsOfEntity(type, false, true)
                .add(AuditEntity.id().eq(id))
                .addOrder(AuditEntity.revisionNumber().asc())
                .getResultList();
        List<AuditEntry> entries = new ArrayList<>();
        Object previous = null;
        for (Object[] row : rows) {
            Object state = row[0];
            AuditRevision revision = (AuditRevision) row[1];
            RevisionType kind = (RevisionType) row[2];
            entries.add(new AuditEntry(revision.getId(), Instant.ofEpochMilli(revision.getChangedAt()),
                    revision.getUsername(), label(kind), diff(type, previous, kind == RevisionType.DEL ? null : state)));
            previous = kind == RevisionType.DEL ? null : state;
        }
        return entries.reversed();
    }

    private static String label(RevisionType kind) {
        return switch (kind) {
            case ADD -> "Created";
            case MOD -> "Changed";
            case DEL -> "Deleted";
        };
    }

    static List<AuditEntry.FieldChange> diff(Class<?> type, Object before, Object after) {
        List<AuditEntry.FieldChange> changes = new ArrayList<>();
        try {
            for (PropertyDescriptor p : Introspector.getBeanInfo(type).getPropertyDescriptors()) {
                Method read = p.getReadMethod();
                if (read == null || SKIPPED.contains(p.getName()) || read.getParameterCount() > 0
                        || Collection.class.isAssignableFrom(p.getPropertyType())
                        || Map.class.isAssignableFrom(p.getPropertyType())) {
                    continue;
                }
                String b = before == null ? null : describe(read.invoke(before));
                String a = after == null ? null : describe(read.invoke(after));
                if (!Objects.equals(a, b)) {
                    changes.add(new AuditEntry.FieldChange(p.getName(), b, a));
                }
            }
        } catch (ReflectiveOperationException | java.beans.IntrospectionException | RuntimeException e) {
            changes.add(new AuditEntry.FieldChange("(details unavailable)", null, null));
        }
        return changes;
    }

    private static String describe(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof org.qcommons.base.AbstractEntity entity) {
            try {
                return value.toString();
            } catch (RuntimeException lazy) {
                return "#" + entity.getId();
            }
        }
        String text = value.toString();
        return text.length() > 300 ? text.substring(0, 300) + "…" : text;
    }
}
