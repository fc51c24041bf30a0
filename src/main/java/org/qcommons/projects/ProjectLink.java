package org.qcommons.projects;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A link to a poster, report, run chart or the project's own site. */
@Embeddable
public class ProjectLink {

    @Column(nullable = false, length = 120)
    private String label;

    @Column(nullable = false, length = 500)
    private String url;

    protected ProjectLink() {}

    public ProjectLink(String label, String url) {
        this.label = label;
        this.url = url;
    }

    public String getLabel() {
        return label;
    }

    public String getUrl() {
        return url;
    }
}
