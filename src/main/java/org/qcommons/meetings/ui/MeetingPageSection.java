package org.qcommons.meetings.ui;

import com.vaadin.flow.component.Component;
import org.qcommons.meetings.Meeting;
import org.qcommons.meetings.MeetingViewer;

/**
 * A part of a meeting's minutes that a module built on meetings contributes (the declarations of interest),
 * shown with the minutes to whoever may read them. Sections appear in their beans' {@code @Order}.
 */
public interface MeetingPageSection {

    Component create(Meeting meeting, MeetingViewer viewer);
}
