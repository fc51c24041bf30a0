package org.qcommons.meetings.ui;

import java.util.List;
import org.qcommons.meetings.PostEdits;
import org.springframework.stereotype.Component;

/** What a post card needs besides the post: editing and removal, and the controls other modules add. */
@Component
record PostTools(PostEdits edits, List<PostAction> actions) {}
