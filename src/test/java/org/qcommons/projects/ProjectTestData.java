package org.qcommons.projects;

import java.time.LocalDate;
import java.util.Arrays;
import org.qcommons.base.demo.DemoAccounts;
import org.qcommons.base.security.SystemRunner;
import org.qcommons.people.Member;
import org.qcommons.people.MemberService;

/** Builds projects for tests through the real service, as SYSTEM. Titles must be unique per test. */
public final class ProjectTestData {

    private ProjectTestData() {}

    public static Project create(
            ProjectRecords projectRecords,
            ProjectTaxonomy taxonomy,
            MemberService members,
            String leadEmail,
            String title,
            String summary,
            Visibility visibility,
            String... topicNames) {
        return SystemRunner.asSystem(() -> {
            Member lead = members.activeByEmail(leadEmail).orElseThrow();
            Project p = new Project(title, lead);
            p.setSummary(summary);
            p.setStatus(ProjectStatus.ACTIVE);
            p.setStartDate(LocalDate.of(2021, 3, 1));
            p.setStp(lead.getStp());
            p.setRegion(lead.getStp().getRegion());
            p.setVisibility(visibility);
            taxonomy.topics().stream()
                    .filter(t -> Arrays.asList(topicNames).contains(t.getName()))
                    .forEach(p.getTopics()::add);
            return projectRecords.createFor(p);
        });
    }

    public static Project create(
            ProjectRecords projectRecords,
            ProjectTaxonomy taxonomy,
            MemberService members,
            String title,
            String summary,
            Visibility visibility,
            String... topics) {
        return create(projectRecords, taxonomy, members, DemoAccounts.MEMBER, title, summary, visibility, topics);
    }
}
