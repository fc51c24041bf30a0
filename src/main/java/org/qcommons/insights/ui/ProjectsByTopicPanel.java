package org.qcommons.insights.ui;

import static org.qcommons.insights.ui.Wording.t;

import com.vaadin.flow.spring.annotation.SpringComponent;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.qcommons.organisations.Region;
import org.qcommons.projects.ProjectFacets;
import org.qcommons.projects.ProjectTaxonomy;
import org.qcommons.projects.RegisterQuery;
import org.qcommons.projects.RegisterSearch;
import org.qcommons.projects.Topic;
import org.springframework.context.annotation.Scope;
import org.springframework.core.annotation.Order;

/** Projects per topic (condition or issue), counted by the register's own facets, so visibility is respected. */
@SpringComponent
@Scope("prototype")
@Order(75)
public class ProjectsByTopicPanel extends InsightPanel {

    static final int MAX_TOPICS = 15;
    private final RegisterSearch register;
    private final ProjectTaxonomy taxonomy;

    public ProjectsByTopicPanel(RegisterSearch register, ProjectTaxonomy taxonomy) {
        super(t("panel.byTopic"), "projects-by-topic", t("panel.byTopic.empty"));
        this.register = register;
        this.taxonomy = taxonomy;
    }

    @Override
    public void update(Region region) {
        ProjectFacets facets = register.search(
                        RegisterQuery.any().withRegion(region == null ? null : region.getId()), 0, 0)
                .facets();
        Map<Long, Long> byTopic = new HashMap<>(facets.conditions());
        facets.issues().forEach((id, n) -> byTopic.merge(id, n, Long::sum));
        Map<Long, String> names = new HashMap<>();
        for (Topic t : taxonomy.topics()) {
            names.put(t.getId(), t.getName());
        }
        Map<String, Long> counts = new LinkedHashMap<>();
        byTopic.entrySet().stream()
                .filter(e -> names.containsKey(e.getKey()))
                .sorted(Map.Entry.<Long, Long>comparingByValue().reversed().thenComparing(e -> names.get(e.getKey())))
                .limit(MAX_TOPICS)
                .forEach(e -> counts.put(names.get(e.getKey()), e.getValue()));
        showCounts(counts, t("panel.byTopic.category"), t("projects"), "#009639", true);
    }
}
