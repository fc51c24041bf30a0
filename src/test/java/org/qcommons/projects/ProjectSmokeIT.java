package org.qcommons.projects;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.qcommons.security.SystemRunner;
import org.qcommons.testsupport.AbstractIT;
import org.springframework.beans.factory.annotation.Autowired;

class ProjectSmokeIT extends AbstractIT {

    @Autowired
    ProjectService projects;

    @Test
    void demoProjectsAreSearchable() {
        SystemRunner.asSystem(() -> {
            System.out.println("STATUS " + projects.indexStatus());
            for (String q : new String[]{"sepsis", "A&E", "copd", "chronic obstructive pulmonary disease", "eol",
                    "end of life", "\"time to antibiotics\"", "sepssi", "frialty", "falls prevention", "aki", "los"}) {
                var hits = projects.search(ProjectCriteria.text(q), 0, 3);
                System.out.println("Q " + q + " -> " + projects.count(ProjectCriteria.text(q)) + " "
                        + hits.stream().map(h -> h.title() + " [" + h.snippetHtml() + "]").toList());
            }
            System.out.println("FACETS " + projects.facets(ProjectCriteria.any()));
            System.out.println("DYM " + projects.didYouMean("sepssi frialty"));
            var first = projects.search(ProjectCriteria.text("sepsis"), 0, 1).get(0);
            System.out.println("SIMILAR " + projects.similar(first.id(), 3).stream().map(ProjectHit::title).toList());
            System.out.println("PEOPLE " + projects.membersInSimilarFields(first.id(), 3));
            System.out.println("ENG " + projects.engagement().regions());
            assertThat(projects.indexStatus().inStep()).isTrue();
        });
    }
}
