package org.qcommons.projects;

import java.util.List;
import java.util.Optional;
import org.qcommons.base.BusinessException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The register's topics (conditions and issues) and QI methods. Anyone may read them; administrators name topics. */
@Service
@PreAuthorize("permitAll()")
@Transactional(readOnly = true)
public class ProjectTaxonomy {

    private final TopicRepository topics;
    private final QiMethodRepository methods;

    ProjectTaxonomy(TopicRepository topics, QiMethodRepository methods) {
        this.topics = topics;
        this.methods = methods;
    }

    public List<Topic> topics() {
        return topics.findAllByOrderByKindAscNameAsc();
    }

    public List<Topic> topics(TopicKind kind) {
        return topics().stream()
                .filter(t -> t.getKind() == kind && t.isActive())
                .toList();
    }

    public Optional<Topic> topicBySlug(String slug) {
        return slug == null ? Optional.empty() : topics.findBySlug(slug);
    }

    public List<QiMethod> methods() {
        return methods.findAllByOrderByNameAsc();
    }

    public Optional<QiMethod> methodBySlug(String slug) {
        return slug == null ? Optional.empty() : methods.findBySlug(slug);
    }

    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public Topic saveTopic(Topic topic) {
        topics.findByNameIgnoreCase(topic.getName().trim())
                .filter(t -> !t.equals(topic))
                .ifPresent(t -> {
                    throw new BusinessException("The topic \"" + t.getName() + "\" already exists.");
                });
        // Names that differ only in case or punctuation share a web address (slug), which must stay unique.
        if (topic.getSlug() == null || topic.getSlug().isBlank()) {
            throw new BusinessException("Use some letters or numbers in the topic's name.");
        }
        topics.findBySlug(topic.getSlug()).filter(t -> !t.equals(topic)).ifPresent(t -> {
            throw new BusinessException("The name is too close to the topic \"" + t.getName() + "\"; choose another.");
        });
        return topics.save(topic);
    }
}
