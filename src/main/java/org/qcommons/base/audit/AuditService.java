package org.qcommons.base.audit;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.metamodel.Attribute;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.hibernate.envers.AuditReaderFactory;
import org.hibernate.envers.NotAudited;
import org.hibernate.envers.RevisionType;
import org.hibernate.envers.query.AuditEntity;
import org.qcommons.base.AbstractEntity;
import org.qcommons.base.config.DisplayZone;
import org.qcommons.base.security.CurrentUser;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads the Envers audit trail of one record and turns it into "who changed what and when". ADMINs may read any
 * history; anyone else only what a feature's {@link AuditAccessPolicy} allows (a project's lead and team, a
 * group's convenors), so the check lives here and not only in the views.
 */
@Service
@Transactional(readOnly = true)
public class AuditService {

    static final int MAX_TEXT = 300;
    private static final Set<String> SKIPPED = Set.of("id", "version", "updatedAt", "createdAt");
    private static final DateTimeFormatter UK_DATE = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);
    private static final DateTimeFormatter UK_TIME = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.UK);

    @PersistenceContext
    private EntityManager entityManager;

    private final List<AuditAccessPolicy> policies;

    AuditService(List<AuditAccessPolicy> policies) {
        this.policies = policies;
    }

    /** Newest first. Throws AccessDeniedException unless the user is an ADMIN or a policy allows it. */
    @PreAuthorize("isAuthenticated()")
    public List<AuditEntry> history(Class<?> type, Long id) {
        if (!maySeeHistory(type, id)) {
            throw new AccessDeniedException("Only administrators and the record's owners may see its history");
        }
        return read(type, id);
    }

    @PreAuthorize("isAuthenticated()")
    public boolean maySeeHistory(Class<?> type, Long id) {
        if (type == null || id == null || typeName(type).isEmpty()) {
            return false;
        }
        return CurrentUser.isAdmin()
                || policies.stream().anyMatch(p -> p.auditedTypes().containsValue(type) && p.maySeeHistory(type, id));
    }

    /** The audited type behind a name in a URL ("project", "agenda-item"), if there is one. */
    @PreAuthorize("isAuthenticated()")
    public Optional<Class<?>> typeNamed(String name) {
        return policies.stream()
                .<Class<?>>map(p -> p.auditedTypes().get(name))
                .filter(Objects::nonNull)
                .findFirst();
    }

    @PreAuthorize("isAuthenticated()")
    public Optional<String> typeName(Class<?> type) {
        return policies.stream()
                .flatMap(p -> p.auditedTypes().entrySet().stream())
                .filter(e -> e.getValue().equals(type))
                .map(Map.Entry::getKey)
                .findFirst();
    }

    private List<AuditEntry> read(Class<?> type, Long id) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = AuditReaderFactory.get(entityManager)
                .createQuery()
                .forRevisionsOfEntity(type, false, true)
                .add(AuditEntity.id().eq(id))
                .addOrder(AuditEntity.revisionNumber().asc())
                .getResultList();
        Map<String, Field> fields = auditedFields(type);
        Map<String, String> names = new HashMap<>();
        List<AuditEntry> entries = new ArrayList<>();
        Object previous = null;
        for (Object[] row : rows) {
            Object state = row[0];
            AuditRevision revision = (AuditRevision) row[1];
            RevisionType kind = (RevisionType) row[2];
            List<AuditEntry.FieldChange> changes = diff(fields, previous, kind == RevisionType.DEL ? null : state);
            String who = revision.getUsername();
            entries.add(new AuditEntry(
                    revision.getId(),
                    Instant.ofEpochMilli(revision.getChangedAt()),
                    who,
                    who == null ? null : names.computeIfAbsent(who, this::memberName),
                    label(kind, changes),
                    changes));
            previous = kind == RevisionType.DEL ? null : state;
        }
        return entries.reversed();
    }

    /** The member behind a sign-in name, if the account still exists. */
    private String memberName(String username) {
        @SuppressWarnings("unchecked")
        List<String> found = entityManager
                .createNativeQuery("select m.full_name from user_account a "
                        + "join member m on m.id = a.member_id where lower(a.username) = lower(?1)")
                .setParameter(1, username)
                .getResultList();
        return found.isEmpty() ? "" : found.getFirst();
    }

    /** The persistent fields Envers keeps for this type, in declaration order. */
    private Map<String, Field> auditedFields(Class<?> type) {
        Map<String, Field> fields = new LinkedHashMap<>();
        entityManager.getMetamodel().entity(type).getAttributes().stream()
                .map(Attribute::getJavaMember)
                .filter(m -> m instanceof Field)
                .map(m -> (Field) m)
                .filter(f -> !SKIPPED.contains(f.getName()) && !f.isAnnotationPresent(NotAudited.class))
                .sorted(Comparator.comparingInt(f -> declarationIndex(type, f)))
                .forEach(f -> {
                    f.setAccessible(true);
                    fields.put(f.getName(), f);
                });
        return fields;
    }

    private static int declarationIndex(Class<?> type, Field field) {
        Field[] declared = type.getDeclaredFields();
        for (int i = 0; i < declared.length; i++) {
            if (declared[i].equals(field)) {
                return i;
            }
        }
        return Integer.MAX_VALUE;
    }

    private static String label(RevisionType kind, List<AuditEntry.FieldChange> changes) {
        return switch (kind) {
            case ADD -> "Created";
            case DEL -> "Deleted";
            case MOD ->
                changes.stream()
                        .filter(c -> c.field().equals("archived"))
                        .findFirst()
                        .map(c -> "Yes".equals(c.after()) ? "Archived" : "Restored")
                        .orElse("Changed");
        };
    }

    static List<AuditEntry.FieldChange> diff(Map<String, Field> fields, Object before, Object after) {
        List<AuditEntry.FieldChange> changes = new ArrayList<>();
        fields.forEach((name, field) -> {
            try {
                String b = before == null ? null : describe(field.get(before));
                String a = after == null ? null : describe(field.get(after));
                if (!Objects.equals(a, b)) {
                    changes.add(new AuditEntry.FieldChange(name, b, a));
                }
            } catch (ReflectiveOperationException | RuntimeException e) {
                changes.add(new AuditEntry.FieldChange(name, null, "(details unavailable)"));
            }
        });
        return changes;
    }

    /** Plain text for one value; never markup, and long text is shortened. */
    static String describe(Object value) {
        if (value == null) {
            return null;
        }
        String text = switch (value) {
            case Collection<?> c ->
                c.isEmpty()
                        ? null
                        : c.stream()
                                .map(AuditService::describe)
                                .filter(Objects::nonNull)
                                .sorted()
                                .collect(Collectors.joining("; "));
            case Boolean b -> b ? "Yes" : "No";
            case LocalDate d -> UK_DATE.format(d);
            case Instant i -> UK_TIME.withZone(DisplayZone.get()).format(i);
            case Enum<?> e -> enumLabel(e);
            case AbstractEntity entity -> entityText(entity);
            default -> value.toString();
        };
        return text == null || text.length() <= MAX_TEXT ? text : text.substring(0, MAX_TEXT) + "…";
    }

    private static String entityText(AbstractEntity entity) {
        try {
            return entity.toString();
        } catch (RuntimeException missing) {
            return "#" + entity.getId();
        }
    }

    private static String enumLabel(Enum<?> e) {
        try {
            Method label = e.getDeclaringClass().getMethod("label");
            return String.valueOf(label.invoke(e));
        } catch (ReflectiveOperationException noLabel) {
            return e.name();
        }
    }
}
