package org.qcommons.projects;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.qcommons.base.security.CurrentUser;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Searching the register (decision 078): one {@link RegisterQuery} in, one {@link RegisterResult} out, as this user
 * may see it. No database transaction is opened (SUPPORTS): hits come from the index's stored fields and the names on
 * them from {@link RegisterLabels}.
 */
@Service
@PreAuthorize("permitAll()")
@Transactional(readOnly = true, propagation = Propagation.SUPPORTS)
public class RegisterSearch {

    private final ProjectSearch search;
    private final RegisterLabels labels;

    RegisterSearch(ProjectSearch search, RegisterLabels labels) {
        this.search = search;
        this.labels = labels;
    }

    /**
     * A new search in the register: the page, the total, the counts per facet value and, when nothing was found, a
     * spelling that finds something with the same facets.
     */
    public RegisterResult search(RegisterQuery query, int offset, int limit) {
        return run(
                query,
                ProjectAccess.membersVisible(),
                !CurrentUser.isSignedIn(),
                offset,
                limit,
                ProjectSearch.Parts.EVERYTHING);
    }

    /** One page of hits with their snippets and the total, from one index query; no counts, no suggestion. */
    public RegisterResult page(RegisterQuery query, int offset, int limit) {
        return run(
                query,
                ProjectAccess.membersVisible(),
                !CurrentUser.isSignedIn(),
                offset,
                limit,
                ProjectSearch.Parts.SNIPPETS);
    }

    /** Public projects only, whoever asks, by the public facets only: the open-data API. */
    public RegisterResult publicPage(RegisterQuery query, int offset, int limit) {
        return run(orAny(query).forPublic(), false, true, offset, limit, ProjectSearch.Parts.SNIPPETS);
    }

    /** A page for export: no snippets, which a spreadsheet does not show. */
    public RegisterResult exportPage(RegisterQuery query, int offset, int limit) {
        return run(
                query,
                ProjectAccess.membersVisible(),
                !CurrentUser.isSignedIn(),
                offset,
                limit,
                ProjectSearch.Parts.ROWS);
    }

    public long count(RegisterQuery query) {
        return search.count(orAny(query), ProjectAccess.membersVisible());
    }

    private RegisterResult run(
            RegisterQuery query,
            boolean membersVisible,
            boolean anonymous,
            int offset,
            int limit,
            ProjectSearch.Parts parts) {
        ProjectSearch.Found found = search.find(orAny(query), membersVisible, offset, limit, parts);
        return new RegisterResult(
                hits(found, anonymous, parts != ProjectSearch.Parts.ROWS),
                found.total(),
                found.facets(),
                found.suggestion());
    }

    private static RegisterQuery orAny(RegisterQuery q) {
        return q == null ? RegisterQuery.any() : q;
    }

    /** Rows from the index, with the names on the page from {@link RegisterLabels}. */
    private List<ProjectHit> hits(ProjectSearch.Found found, boolean anonymous, boolean snippets) {
        List<ProjectRow> rows = found.rows();
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<Long, RegisterLabels.Lead> leads =
                labels.leads(rows.stream().map(ProjectRow::leadId).toList());
        RegisterLabels.Names names = labels.names();
        List<ProjectHit> hits = new ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            ProjectRow r = rows.get(i);
            Snippet marked = found.snippets() == null ? null : found.snippets().get(i);
            Snippet snippet =
                    !snippets ? Snippet.NONE : marked != null ? marked : ProjectAccess.summaryStart(r.summary());
            RegisterLabels.Lead lead = leads.get(r.leadId());
            hits.add(new ProjectHit(
                    r.id(),
                    r.title(),
                    snippet,
                    r.status(),
                    names.of(RegisterFacet.REGION, r.regionId()),
                    names.of(RegisterFacet.STP, r.stpId()),
                    lead == null ? null : !anonymous || lead.consent() ? lead.name() : ProjectAccess.ANONYMOUS_LEAD,
                    r.topicIds().stream()
                            .map(id -> names.of(RegisterFacet.CONDITION, id))
                            .filter(Objects::nonNull)
                            .sorted()
                            .toList(),
                    r.methodIds().stream()
                            .map(id -> names.of(RegisterFacet.METHOD, id))
                            .filter(Objects::nonNull)
                            .sorted()
                            .toList(),
                    r.startDate(),
                    r.visibility()));
        }
        return hits;
    }
}
