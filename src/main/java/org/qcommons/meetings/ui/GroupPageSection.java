package org.qcommons.meetings.ui;

import com.vaadin.flow.component.Component;
import org.qcommons.meetings.GroupViewer;
import org.qcommons.meetings.MeetingGroup;

/**
 * A tab of a group's page that a module built on meetings contributes (elections, the register of interests),
 * so that the group page shows it without depending on that module. Tabs appear in their beans' {@code @Order}.
 */
public interface GroupPageSection {

    /** The tab's key in the page address (?tab=...). */
    String key();

    String label();

    /** The tab's content for this reader, or null when they have nothing to see in it. */
    Component create(MeetingGroup group, GroupViewer viewer);
}
