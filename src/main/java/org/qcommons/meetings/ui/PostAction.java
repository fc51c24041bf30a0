package org.qcommons.meetings.ui;

import com.vaadin.flow.component.Component;
import org.qcommons.meetings.Post;
import org.qcommons.meetings.PostEdits;

/**
 * A control on each discussion post that a module built on meetings contributes (governance's "Raise a concern"),
 * so that the thread shows it without depending on that module.
 */
public interface PostAction {

    /** The control for this post and reader, or null when it does not apply. */
    Component create(Post post, PostEdits.Rights rights);
}
