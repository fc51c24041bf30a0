package org.qcommons.projects;

/**
 * What the register is searched by: the same for the view, the CSV export and the open-data API.
 * Nulls and blanks mean "any".
 */
public record ProjectCriteria(String text, Long regionId, Long stpId, Long conditionId, Long issueId,
                              ProjectStatus status, Long methodId, Integer startYear, ProjectSort sort) {

    public static ProjectCriteria any() {
        return new ProjectCriteria(null, null, null, null, null, null, null, null, ProjectSort.RELEVANCE);
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
        return new ProjectCriteria(t, regionId, stpId, conditionId, issueId, status, methodId, startYear, sort);
    }

    public ProjectCriteria withRegion(Long id) {
        return new ProjectCriteria(text, id, stpId, conditionId, issueId, status, methodId, startYear, sort);
    }

    public ProjectCriteria withStp(Long id) {
        return new ProjectCriteria(text, regionId, id, conditionId, issueId, status, methodId, startYear, sort);
    }

    public ProjectCriteria withCondition(Long id) {
        return new ProjectCriteria(text, regionId, stpId, id, issueId, status, methodId, startYear, sort);
    }

    public ProjectCriteria withIssue(Long id) {
        return new ProjectCriteria(text, regionId, stpId, conditionId, id, status, methodId, startYear, sort);
    }

    public ProjectCriteria withStatus(ProjectStatus s) {
        return new ProjectCriteria(text, regionId, stpId, conditionId, issueId, s, methodId, startYear, sort);
    }

    public ProjectCriteria withMethod(Long id) {
        return new ProjectCriteria(text, regionId, stpId, conditionId, issueId, status, id, startYear, sort);
    }

    public ProjectCriteria withStartYear(Integer y) {
        return new ProjectCriteria(text, regionId, stpId, conditionId, issueId, status, methodId, y, sort);
    }

    public ProjectCriteria withSort(ProjectSort s) {
        return new ProjectCriteria(text, regionId, stpId, conditionId, issueId, status, methodId, startYear, s);
    }
}
