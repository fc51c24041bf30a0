package org.qcommons.projects.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.HasComponents;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.internal.PendingJavaScriptInvocation;
import com.vaadin.flow.dom.DomEvent;
import com.vaadin.flow.internal.JacksonUtils;
import com.vaadin.flow.internal.nodefeature.ElementListenerMap;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.qcommons.base.security.Role;
import org.qcommons.testsupport.KaribuTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The register's result list sends its cards a page at a time, when the browser asks, and keeps none of them.
 */
class ProjectResultListKT extends KaribuTest {

    @Autowired
    JdbcTemplate jdbc;

    /** The card pages the next response would carry: each call's cards. */
    private static List<ArrayNode> sent(ProjectResultList list) {
        UI.getCurrent().getInternals().getStateTree().runExecutionsBeforeClientResponse();
        return UI.getCurrent().getInternals().dumpPendingJavaScriptInvocations().stream()
                .filter(i -> i.getOwner() == list.getElement().getNode())
                .map(PendingJavaScriptInvocation::getInvocation)
                .map(i -> (ArrayNode) i.getParameters().get(1))
                .toList();
    }

    /** As the browser does when "Show more" is pressed or scrolls into view, having {@code shown} cards. */
    private static void askForMore(ProjectResultList list, int shown) {
        ObjectNode data = JacksonUtils.createObjectNode();
        data.put("event.detail", shown);
        list.getElement()
                .getNode()
                .getFeature(ElementListenerMap.class)
                .fireEvent(new DomEvent(list.getElement(), "more", data));
    }

    @Test
    void pagesOfFifteenGoToTheBrowserWhenAskedForAndNoRowStaysOnTheServer() {
        signInAs(Role.MEMBER);
        int live = jdbc.queryForObject("select count(*) from project where archived = false", Integer.class);
        assertThat(live).isGreaterThan(ProjectResultList.PAGE);
        ProjectsView view = navigateTo("projects?sort=title", ProjectsView.class);
        ProjectResultList list = view.results;
        assertThat(list.size()).isEqualTo(live);

        List<ArrayNode> pages = sent(list);
        assertThat(pages).hasSize(1);
        ArrayNode first = pages.getFirst();
        assertThat(first.size()).isEqualTo(ProjectResultList.PAGE);
        JsonNode card = first.get(0);
        assertThat(card.get("href").asString())
                .isEqualTo("projects/" + list.get(0).id());
        assertThat(card.get("title").asString()).isEqualTo(list.get(0).title());
        assertThat(card.get("meta").asString()).contains(list.get(0).regionName());
        assertThat(list.shown()).isEqualTo(ProjectResultList.PAGE);

        askForMore(list, ProjectResultList.PAGE);
        pages = sent(list);
        assertThat(pages).hasSize(1);
        assertThat(pages.getFirst().get(0).get("title").asString())
                .isEqualTo(list.get(ProjectResultList.PAGE).title());
        assertThat(list.shown()).isEqualTo(Math.min(live, 2 * ProjectResultList.PAGE));

        // A second click on the same button (the browser still had 15) changes nothing.
        askForMore(list, ProjectResultList.PAGE);
        assertThat(sent(list)).isEmpty();

        // Attached anew, the browser's list is empty: the first page goes again.
        var parent = list.getParent().orElseThrow();
        ((HasComponents) parent).remove(list);
        ((HasComponents) parent).add(list);
        pages = sent(list);
        assertThat(pages).hasSize(1);
        assertThat(pages.getFirst().size()).isEqualTo(ProjectResultList.PAGE);
        assertThat(list.shown()).isEqualTo(ProjectResultList.PAGE);
    }

    @Test
    void aSnippetIsSentAsTextPiecesWithTheMatchesMarked() {
        signInAs(Role.MEMBER);
        ProjectsView view = navigateTo("projects?q=sepsis", ProjectsView.class);
        ArrayNode first = sent(view.results).getFirst();
        assertThat(first.size()).isPositive();
        assertThat(first.valueStream()
                        .flatMap(c -> c.get("snippet").valueStream())
                        .map(JsonNode::asString))
                .anyMatch(piece -> piece.equalsIgnoreCase("sepsis"))
                .noneMatch(piece -> piece.contains("<mark>"));
    }
}
