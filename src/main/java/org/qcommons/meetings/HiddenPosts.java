package org.qcommons.meetings;

import java.util.Set;

/**
 * Posts held back pending review, as a module built on meetings (governance's concerns) decides, so that the
 * discussion hides them without depending on that module. Their authors still see them.
 */
public interface HiddenPosts {

    Set<Long> hiddenIn(Long groupId);
}
