package org.qcommons.projects.ui;

import com.vaadin.flow.component.Component;

/**
 * A part of the project page that a feature built on projects contributes (the measures and their SPC charts),
 * so that the project page shows it without the projects module depending on that feature.
 */
public interface ProjectPageSection {

    /** A new section for the project; called only for signed-in viewers. */
    Component create(Long projectId, boolean viewerCanEdit);
}
