package org.qcommons.base.tasks;

/**
 * Something the member takes part in, shown under "Your work" below the tasks: a project, an exchange, a pair, a
 * group.
 */
public record WorkItem(String group, String title, String link) {}
