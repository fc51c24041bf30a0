package org.qcommons.app.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import org.junit.jupiter.api.Test;
import org.qcommons.testsupport.KaribuTest;

class LandingViewKT extends KaribuTest {

    @Test
    void anonymousVisitorsSeeLiveCountsByRegion() {
        anonymous();
        navigateTo("", LandingView.class);
        Div ne = _get(Div.class, spec -> spec.withId("region-north-east-and-north-cumbria"));
        assertThat(_find(ne, Paragraph.class).getFirst().getText()).matches("\\d+ members");
        int members =
                Integer.parseInt(_find(ne, Paragraph.class).getFirst().getText().split(" ")[0]);
        assertThat(members).isGreaterThanOrEqualTo(166);
        Div total = _get(Div.class, spec -> spec.withId("figure-members"));
        assertThat(_find(total, Span.class).getFirst().getText().replace(",", ""))
                .matches("\\d+");
    }
}
