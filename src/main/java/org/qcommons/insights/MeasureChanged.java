package org.qcommons.insights;

/**
 * Published after a measure, its data or its annotations change, so that the project register can re-index the
 * project's latest signal (see {@link ProjectSignalUpdater}). Either project id may be null; previousProjectId
 * differs from projectId only when a measure moved between projects.
 */
public record MeasureChanged(Long measureId, Long projectId, Long previousProjectId) {}
