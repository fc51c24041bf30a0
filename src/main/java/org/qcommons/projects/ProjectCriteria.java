package org.qcommons.projects;

import org.qcommons.spc.Signal;

/**
 * What the register is searched by: the same for the view, the CSV export and the open-data API.
 * Nulls and blanks mean "any". {@code signal} is the SPC signal of the project's measures.
 */
public record ProjectCriteria(String text, Long regionId, Long stpId, Long conditionId, Long issueId,
                              ProjectStatus status, Long methodId, Integer startYear, ProjectSort sort,
                              Signal signal) {

    public static ProjectCriteria any() {
        return new ProjectCriteria(null, null, null, null, null, null, null, null, ProjectSort.RELEVANCE, null);
    }

    public static ProjectCriteria text(String text) {
        return any().withText(text);
    }

    public boolean hasText() {
        return text != null && !text.isBlank();
    }

    public ProjectSort sortOrDefault() {
        return sort == null ? ProjectSort.RELEVANCE : sort;
    }

    public ProjectCriteria withText(String t) {
        return new ProjectCriteria(t, regionId, stpId, conditionId, issueId, status, methodId, startYear, sort, signal);
    }

    public ProjectCriteria withRegion(Long id) {
        return new ProjectCriteria(text, id, stpId, conditionId, issueId, status, methodId, startYear, sort, signal);
    }

    public ProjectCriteria withStp(Long id) {
        return new ProjectCriteria(text, regionId, id, conditionId, issueId, status, methodId, startYear, sort, signal);
    }

    public ProjectCriteria withCondition(Long id) {
        return new ProjectCriteria(text, regionId, stpId, id, issueId, status, methodId, startYear, sort, signal);
    }

    public ProjectCriteria withIssue(Long id) {
        return new ProjectCriteria(text, regionId, stpId, conditionId, id, status, methodId, startYear, sort, signal);
    }

    public ProjectCriteria withStatus(ProjectStatus s) {
        return new ProjectCriteria(text, regionId, stpId, conditionId, issueId, s, methodId, startYear, sort, signal);
    }

    public ProjectCriteria withMethod(Long id) {
        return new ProjectCriteria(text, regionId, stpId, conditionId, issueId, status, id, startYear, sort, signal);
    }

    public ProjectCriteria withStartYear(Integer y) {
        return new ProjectCriteria(text, regionId, stpId, conditionId, issueId, status, methodId, y, sort, signal);
    }

    /** Projects whose measures' latest SPC signal is this one (kept up to date by the insights feature). */
    public ProjectCriteria withSignal(Signal sig) {
        return new ProjectCriteria(text, regionId, stpId, conditionId, issueId, status, methodId, startYear, sort, sig);
    }

    public ProjectCriteria withSort(ProjectSort s) {
        return new ProjectCriteria(text, regionId, stpId, conditionId, issueId, status, methodId, startYear, s, signal);
    }
}
