package org.qcommons.projects.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.internal.PendingJavaScriptInvocation;
import com.vaadin.flow.dom.DomEvent;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.internal.JacksonUtils;
import com.vaadin.flow.internal.nodefeature.ElementListenerMap;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.qcommons.base.security.Role;
import org.qcommons.base.ui.NativeSelectField;
import org.qcommons.projects.RegisterQuery;
import org.qcommons.testsupport.KaribuTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The register's facets and sort box are {@link NativeSelectField}s: the browser's own select with a label. What
 * the browser sends (a "change" with the chosen option's value) sets the value and the URL; what the server sends
 * (the options with their counts, in one call) arrives again whenever the field is attached anew.
 */
class RegisterSelectsKT extends KaribuTest {

    @Autowired
    JdbcTemplate jdbc;

    private static String location() {
        return UI.getCurrent().getInternals().getActiveViewLocation().getPathWithQueryParameters();
    }

    private static Element select(NativeSelectField<?> field) {
        return field.getElement().getChild(1);
    }

    /** As the browser does when the user picks an option. */
    private static void choose(NativeSelectField<?> field, String optionValue) {
        ObjectNode data = JacksonUtils.createObjectNode();
        data.put("element.value", optionValue);
        // The listener is debounced: the browser sends the event once the user settles, marked as the trailing one.
        data.put("1", true);
        data.put("for", "trailing");
        Element select = select(field);
        select.getNode().getFeature(ElementListenerMap.class).fireEvent(new DomEvent(select, "change", data));
    }

    /** The JavaScript calls the next response would carry for this field's select. */
    private static List<PendingJavaScriptInvocation> sent(NativeSelectField<?> field) {
        UI.getCurrent().getInternals().getStateTree().runExecutionsBeforeClientResponse();
        return UI.getCurrent().getInternals().dumpPendingJavaScriptInvocations().stream()
                .filter(i -> i.getOwner() == select(field).getNode())
                .toList();
    }

    private int sepsisProjects() {
        return jdbc.queryForObject(
                "select count(*) from project p join project_topic pt on pt.project_id = p.id "
                        + "join topic t on t.id = pt.topic_id where p.archived = false and t.slug = 'sepsis'",
                Integer.class);
    }

    @Test
    void aFacetIsALabelledSelectWithAnyAndCountedOptions() {
        signInAs(Role.MEMBER);
        ProjectsView view = navigateTo("projects", ProjectsView.class);
        NativeSelectField<?> condition = view.facets.condition;
        assertThat(select(condition).getTag()).isEqualTo("select");
        assertThat(select(condition).getAttribute("id")).isEqualTo("facet-condition-input");
        Element label = condition.getElement().getChild(0);
        assertThat(label.getTag()).isEqualTo("label");
        assertThat(label.getAttribute("for")).isEqualTo("facet-condition-input");
        assertThat(condition.getLabel()).isEqualTo("Condition");

        List<String[]> options = condition.getOptions();
        assertThat(options.getFirst()).containsExactly("", "Any");
        assertThat(options)
                .anySatisfy(o -> assertThat(o).containsExactly("sepsis", "Sepsis (" + sepsisProjects() + ")"));
        // The sort box has no "Any": there is always an order.
        assertThat(view.sort.getOptions())
                .extracting(o -> o[0])
                .doesNotContain("")
                .contains("relevance", "title");
    }

    @Test
    void choosingInTheBrowserSetsTheValueTheResultsAndTheUrl() {
        signInAs(Role.MEMBER);
        ProjectsView view = navigateTo("projects", ProjectsView.class);
        choose(view.facets.condition, "sepsis");
        view = (ProjectsView) currentView();
        assertThat(location()).contains("condition=sepsis");
        assertThat(view.facets.condition.getValue().urlValue()).isEqualTo("sepsis");
        assertThat(view.results.size()).isEqualTo(sepsisProjects());
        for (int i = 0; i < view.results.size(); i++) {
            assertThat(view.results.get(i).topics()).contains("Sepsis");
        }

        choose(view.sort, "title");
        view = (ProjectsView) currentView();
        assertThat(location()).contains("condition=sepsis").contains("sort=title");
        assertThat(view.sort.getValue()).isEqualTo(RegisterQuery.Sort.TITLE);

        // "Any" clears the facet; an option the server never offered (a tampered request) is no value at all.
        choose(view.facets.condition, "");
        view = (ProjectsView) currentView();
        assertThat(location()).doesNotContain("condition=").contains("sort=title");
        assertThat(view.facets.condition.getValue()).isNull();
        choose(view.facets.issue, "no-such-issue");
        view = (ProjectsView) currentView();
        assertThat(view.facets.issue.getValue()).isNull();
        assertThat(location()).doesNotContain("issue=");
    }

    @Test
    void theUrlSetsTheValueAndTheOptionsGoToTheBrowserInOneCallAgainOnEveryAttach() {
        signInAs(Role.MEMBER);
        ProjectsView view = navigateTo("projects?condition=sepsis&sort=title", ProjectsView.class);
        NativeSelectField<FacetOption<Long>> condition = view.facets.condition;
        assertThat(condition.getValue().urlValue()).isEqualTo("sepsis");
        assertThat(view.sort.getValue()).isEqualTo(RegisterQuery.Sort.TITLE);

        List<PendingJavaScriptInvocation> calls = sent(condition);
        assertThat(calls).hasSize(1);
        List<Object> params = calls.getFirst().getInvocation().getParameters();
        ArrayNode options = (ArrayNode) params.get(0);
        assertThat(options.size()).isEqualTo(condition.getOptions().size());
        assertThat(options.get(0).get(1).asString()).isEqualTo("Any");
        assertThat(options.valueStream()
                        .map(o -> o.get(0).asString() + "=" + o.get(1).asString()))
                .contains("sepsis=Sepsis (" + sepsisProjects() + ")");
        assertThat(params.get(1)).isEqualTo("sepsis");

        // Nothing changed, nothing sent.
        assertThat(sent(condition)).isEmpty();

        // A re-attached select is a new, empty element in the browser: the options go again.
        FacetPanel panel = view.facets;
        int at = panel.indexOf(condition);
        panel.remove(condition);
        panel.addComponentAtIndex(at, condition);
        calls = sent(condition);
        assertThat(calls).hasSize(1);
        assertThat(((ArrayNode) calls.getFirst().getInvocation().getParameters().get(0)).size())
                .isEqualTo(condition.getOptions().size());
        assertThat(calls.getFirst().getInvocation().getParameters().get(1)).isEqualTo("sepsis");
    }
}
