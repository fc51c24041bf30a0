package org.qcommons.app.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import org.junit.jupiter.api.Test;
import org.qcommons.base.security.QUser;
import org.qcommons.base.security.Role;
import org.qcommons.organisations.OrganisationService;
import org.qcommons.testsupport.KaribuTest;
import org.springframework.beans.factory.annotation.Autowired;

/** The pages people expect of a public-sector service, and what the header says of the person (issue 24). */
class StatementPagesKT extends KaribuTest {

    @Autowired
    OrganisationService organisations;

    @Test
    void theAccessibilityStatementHasTheSectionsTheRegulationsAskFor() {
        anonymous();
        navigateTo("accessibility", AccessibilityStatementView.class);
        assertThat(_find(H3.class).stream().map(H3::getText))
                .contains(
                        "How accessible this service is",
                        "Feedback and contact information",
                        "Enforcement procedure",
                        "Compliance status",
                        "Non-accessible content",
                        "Preparation of this accessibility statement");
    }

    @Test
    void thePrivacyNoticeSaysWhatWhyHowLongAndLinksToExportAndErasure() {
        anonymous();
        navigateTo("privacy", PrivacyNoticeView.class);
        assertThat(_find(H3.class).stream().map(H3::getText))
                .contains("What we hold", "Why we hold it", "How long we keep it", "Your rights");
        assertThat(_find(Anchor.class).stream().map(Anchor::getHref)).contains("profile/data");
    }

    @Test
    void aCoordinatorsHeaderNamesTheOrganisationTheyCoordinate() {
        QUser coordinator = signInAs(Role.ORG_COORDINATOR);
        String org = organisations
                .organisation(coordinator.coordinatorForId())
                .orElseThrow()
                .getName();
        navigateTo("accessibility", AccessibilityStatementView.class);
        assertThat(_find(Span.class).stream().map(Span::getText)).contains("Coordinator, " + org);
    }
}
