package org.qcommons.projects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.qcommons.base.AbstractEntity;
import org.qcommons.base.FormerNames;

/** One entry of the curated taxonomy that an ADMIN keeps: a condition or an issue. */
@Entity
@Table(name = "topic")
public class Topic extends AbstractEntity {

    @NotBlank(message = "Enter a name")
    @Size(max = 100, message = "Use 100 characters or fewer")
    @Column(nullable = false, length = 100)
    private String name;

    @Column(nullable = false, length = 100)
    private String slug;

    @NotNull(message = "Choose condition or issue")
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private TopicKind kind;

    @Column(nullable = false)
    private boolean active = true;

    /** Earlier names, oldest first, so that a search or a facet for an old name still finds the topic. */
    @Column(name = "former_names", length = 1000)
    private String formerNames;

    /** The topic this one was merged into; everything that used it moved there. */
    @ManyToOne(fetch = FetchType.EAGER)
    @JoinColumn(name = "successor_id")
    private Topic successor;

    protected Topic() {}

    public Topic(String name, TopicKind kind) {
        this.name = name;
        this.kind = kind;
        this.slug = Slugs.of(name);
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
        this.slug = Slugs.of(name);
    }

    public String getSlug() {
        return slug;
    }

    public TopicKind getKind() {
        return kind;
    }

    public void setKind(TopicKind kind) {
        this.kind = kind;
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }

    public String getFormerNames() {
        return formerNames;
    }

    public Topic getSuccessor() {
        return successor;
    }

    /** Renames the topic and keeps the old name among its former names. */
    void rename(String newName) {
        formerNames = FormerNames.add(formerNames, name, newName);
        setName(newName);
    }

    void retireInto(Topic successor) {
        this.successor = successor;
        this.active = false;
    }

    @Override
    public String toString() {
        return name;
    }
}
