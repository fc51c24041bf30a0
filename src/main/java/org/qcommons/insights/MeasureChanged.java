package org.qcommons.insights;

/**
 * Published after a measure, its data or its annotations change, so that the project register can re-index the
 * project's latest signal (see {@link MeasureService#latestSignalForProject(Long)}). projectId may be null.
 */
public record MeasureChanged(Long measureId, Long projectId) {
}
