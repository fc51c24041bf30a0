package org.qcommons.projects;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hibernate.search.mapper.orm.Search;
import org.qcommons.base.BusinessException;
import org.qcommons.base.ConcurrentEditException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An ADMIN's edits to the register's topics and QI methods: add, rename (the old name is kept), retire, reinstate and
 * merge, which moves every project that used the old entry. Projects whose words change are re-indexed through
 * Hibernate Search's indexing plan, which the cluster profile writes to its outbox in the same transaction.
 */
@Service
@Transactional
@PreAuthorize("hasRole('ADMIN')")
public class TaxonomyAdministration {

    /** A taxonomy entry and how many projects use it. */
    public record Use<T>(T entry, long projects) {}

    @PersistenceContext
    private EntityManager em;

    private final TopicRepository topics;
    private final QiMethodRepository methods;
    private final ProjectTaxonomy taxonomy;
    private final ApplicationEventPublisher events;

    TaxonomyAdministration(
            TopicRepository topics,
            QiMethodRepository methods,
            ProjectTaxonomy taxonomy,
            ApplicationEventPublisher events) {
        this.topics = topics;
        this.methods = methods;
        this.taxonomy = taxonomy;
        this.events = events;
    }

    @Transactional(readOnly = true)
    public List<Use<Topic>> topics() {
        Map<Long, Long> counts = counts("select t.id, count(p) from Project p join p.topics t group by t.id");
        return topics.findAllByOrderByKindAscNameAsc().stream()
                .map(t -> new Use<>(t, counts.getOrDefault(t.getId(), 0L)))
                .toList();
    }

    @Transactional(readOnly = true)
    public List<Use<QiMethod>> methods() {
        Map<Long, Long> counts = counts("select m.id, count(p) from Project p join p.methods m group by m.id");
        return methods.findAllByOrderByNameAsc().stream()
                .map(m -> new Use<>(m, counts.getOrDefault(m.getId(), 0L)))
                .toList();
    }

    public Topic addTopic(String name, TopicKind kind) {
        if (kind == null) {
            throw new BusinessException("Choose condition or issue.");
        }
        return changed(taxonomy.saveTopic(new Topic(required(name), kind)));
    }

    /** Renames a topic or changes its kind; the old name stays findable among its former names. */
    public Topic editTopic(Long id, long version, String name, TopicKind kind) {
        Topic topic = current(topics.findById(id).orElse(null), version, "This topic");
        String newName = required(name);
        // Checked before the change: a query would otherwise flush the clashing name first.
        String slug = Slugs.of(newName);
        topics.findByNameIgnoreCase(newName)
                .or(() -> topics.findBySlug(slug))
                .filter(t -> !t.equals(topic))
                .ifPresent(t -> {
                    throw new BusinessException("The name is too close to the topic \"" + t.getName() + "\".");
                });
        if (slug.isBlank()) {
            throw new BusinessException("Use some letters or numbers in the topic's name.");
        }
        if (!newName.equals(topic.getName())) {
            topic.rename(newName);
        }
        if (kind != null) {
            topic.setKind(kind);
        }
        reindex("select p from Project p join p.topics t where t.id = :id", id);
        return changed(topic);
    }

    /** A retired topic stays on the projects that have it but is no longer offered for new ones. */
    public Topic setTopicActive(Long id, long version, boolean active) {
        Topic topic = current(topics.findById(id).orElse(null), version, "This topic");
        if (active && topic.getSuccessor() != null) {
            throw new BusinessException(
                    topic.getName() + " was merged into " + topic.getSuccessor().getName() + ".");
        }
        topic.setActive(active);
        return changed(topic);
    }

    /** Moves every project of one topic to another and retires the first into it. */
    public Topic mergeTopic(Long fromId, Long toId) {
        Topic from = topics.findById(fromId).orElseThrow(() -> gone("topic"));
        Topic to = topics.findById(toId).orElseThrow(() -> gone("topic"));
        if (from.equals(to) || !to.isActive()) {
            throw new BusinessException("Choose another topic that is still offered to merge into.");
        }
        em.createQuery("select p from Project p join p.topics t where t.id = :id", Project.class)
                .setParameter("id", fromId)
                .getResultList()
                .forEach(p -> {
                    p.getTopics().remove(from);
                    p.getTopics().add(to);
                });
        from.retireInto(to);
        return changed(to);
    }

    public QiMethod addMethod(String name) {
        String newName = required(name);
        checkUnique(null, newName);
        return changed(methods.save(new QiMethod(newName)));
    }

    public QiMethod renameMethod(Long id, long version, String name) {
        QiMethod method = current(methods.findById(id).orElse(null), version, "This method");
        String newName = required(name);
        checkUnique(method, newName);
        method.rename(newName);
        reindex("select p from Project p join p.methods m where m.id = :id", id);
        return changed(method);
    }

    public QiMethod setMethodActive(Long id, long version, boolean active) {
        QiMethod method = current(methods.findById(id).orElse(null), version, "This method");
        if (active && method.getSuccessor() != null) {
            throw new BusinessException(method.getName() + " was merged into "
                    + method.getSuccessor().getName() + ".");
        }
        method.setActive(active);
        return changed(method);
    }

    public QiMethod mergeMethod(Long fromId, Long toId) {
        QiMethod from = methods.findById(fromId).orElseThrow(() -> gone("method"));
        QiMethod to = methods.findById(toId).orElseThrow(() -> gone("method"));
        if (from.equals(to) || !to.isActive()) {
            throw new BusinessException("Choose another method that is still offered to merge into.");
        }
        em.createQuery("select p from Project p join p.methods m where m.id = :id", Project.class)
                .setParameter("id", fromId)
                .getResultList()
                .forEach(p -> {
                    p.getMethods().remove(from);
                    p.getMethods().add(to);
                });
        from.retireInto(to);
        return changed(to);
    }

    /** Checked before any change: a query would otherwise flush the clashing name first. */
    private void checkUnique(QiMethod method, String name) {
        String slug = Slugs.of(name);
        if (slug.isBlank()) {
            throw new BusinessException("Use some letters or numbers in the method's name.");
        }
        methods.findByNameIgnoreCase(name)
                .or(() -> methods.findBySlug(slug))
                .filter(m -> !m.equals(method))
                .ifPresent(m -> {
                    throw new BusinessException("The method \"" + m.getName() + "\" already exists.");
                });
    }

    /** Projects keep the entry, but their indexed words (and the register's names) change with its name. */
    private void reindex(String jpql, Long id) {
        var plan = Search.session(em).indexingPlan();
        em.createQuery(jpql, Project.class)
                .setParameter("id", id)
                .getResultList()
                .forEach(plan::addOrUpdate);
    }

    private <T> T changed(T entry) {
        events.publishEvent(new RegisterChanged(RegisterChanged.What.REFERENCE, null));
        return entry;
    }

    private Map<Long, Long> counts(String jpql) {
        Map<Long, Long> counts = new HashMap<>();
        em.createQuery(jpql, Object[].class).getResultList().forEach(r -> counts.put((Long) r[0], (Long) r[1]));
        return counts;
    }

    private static <T extends org.qcommons.base.AbstractEntity> T current(T entry, long version, String what) {
        if (entry == null) {
            throw new BusinessException(what + " no longer exists.");
        }
        if (entry.getVersion() != version) {
            throw new ConcurrentEditException(what);
        }
        return entry;
    }

    private static BusinessException gone(String what) {
        return new BusinessException("That " + what + " no longer exists.");
    }

    private static String required(String name) {
        if (name == null || name.isBlank()) {
            throw new BusinessException("Enter a name.");
        }
        if (name.strip().length() > 100) {
            throw new BusinessException("Use 100 characters or fewer.");
        }
        return name.strip();
    }
}
