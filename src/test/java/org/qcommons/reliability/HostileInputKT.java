package org.qcommons.reliability;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasEnabled;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.qcommons.base.security.Role;
import org.qcommons.testsupport.Fields;
import org.qcommons.testsupport.HostileInputs;
import org.qcommons.testsupport.KaribuTest;

/**
 * The hostile corpus through every text field of the main forms and search boxes (then their primary button),
 * and through URL parameters: nothing may throw, and no "unexpected error" (error id) message may appear.
 * Bad input must end in a validation message or a harmless result.
 */
class HostileInputKT extends KaribuTest {

    /** Forms and search views, by the role that uses them. */
    private static final Map<String, Role> FORMS = Map.of(
            "register", Role.MEMBER,
            "profile/edit", Role.MEMBER,
            "people", Role.MEMBER,
            "projects", Role.MEMBER,
            "projects/edit", Role.MEMBER);

    private final List<String> failures = new ArrayList<>();

    @Test
    void everyHostileStringInEveryFieldIsHandled() {
        int tried = 0;
        for (var form : FORMS.entrySet()) {
            if (form.getKey().equals("register")) {
                anonymous();
            } else {
                signInAs(form.getValue());
            }
            UI.getCurrent().navigate(form.getKey());
            Component view = currentView();
            List<HasValue<?, String>> fields = textFields(view);
            assertThat(fields).as("text fields on " + form.getKey()).isNotEmpty();
            List<Button> primary = _find(view, Button.class).stream()
                    .filter(b -> b.getThemeNames().contains("primary") && b.isEnabled() && b.isVisible())
                    .toList();
            for (String hostile : HostileInputs.all()) {
                try {
                    for (var field : fields) {
                        if (field instanceof Component c
                                && c.isVisible()
                                && !field.isReadOnly()
                                && !(c instanceof HasEnabled e && !e.isEnabled())) {
                            Fields.setValue(field, hostile);
                            tried++;
                        }
                    }
                    if (!primary.isEmpty()
                            && primary.getFirst().isAttached()
                            && primary.getFirst().isEnabled()) {
                        _click(primary.getFirst());
                    }
                    assertNoUnexpectedError(form.getKey(), hostile);
                } catch (RuntimeException | AssertionError e) {
                    failures.add(form.getKey() + " <- " + abbreviate(hostile) + ": " + e);
                }
                if (!UI.getCurrent()
                        .getInternals()
                        .getActiveRouterTargetsChain()
                        .contains(view)) {
                    // A valid value was saved and the view moved on: come back for the next string.
                    UI.getCurrent().navigate(form.getKey());
                    view = currentView();
                    fields = textFields(view);
                    primary = _find(view, Button.class).stream()
                            .filter(b -> b.getThemeNames().contains("primary") && b.isEnabled() && b.isVisible())
                            .toList();
                }
            }
        }
        assertThat(failures).as("hostile inputs that broke a form").isEmpty();
        assertThat(tried).isGreaterThan(HostileInputs.all().size() * FORMS.size());
    }

    @Test
    void hostileUrlParametersAreHandled() {
        signInAs(Role.MEMBER);
        List<String> params = List.of(
                "region",
                "stp",
                "org",
                "profession",
                "topic",
                "status",
                "sort",
                "year",
                "page",
                "condition",
                "issue",
                "method",
                "signal");
        List<String> corpus = HostileInputs.all();
        for (int i = 0; i < corpus.size(); i++) {
            String hostile = corpus.get(i);
            for (String route : List.of("people", "projects")) {
                // Every string goes through the search parameter; the other parameters take turns.
                for (String param : List.of(route.equals("people") ? "name" : "q", params.get(i % params.size()))) {
                    try {
                        UI.getCurrent().navigate(route, QueryParameters.simple(Map.of(param, hostile)));
                        assertNoUnexpectedError(route + "?" + param, hostile);
                    } catch (RuntimeException | AssertionError e) {
                        failures.add(route + "?" + param + "=" + abbreviate(hostile) + ": " + e);
                    }
                }
            }
        }
        assertThat(failures).as("hostile URL parameters that broke a page").isEmpty();
    }

    @SuppressWarnings("unchecked")
    private static List<HasValue<?, String>> textFields(Component view) {
        List<HasValue<?, String>> fields = new ArrayList<>();
        for (Class<? extends Component> type :
                List.of(TextField.class, TextArea.class, EmailField.class, PasswordField.class)) {
            _find(view, type).forEach(c -> fields.add((HasValue<?, String>) c));
        }
        return fields;
    }

    private static void assertNoUnexpectedError(String where, String hostile) {
        List<String> texts = NotificationsKt.getNotifications().stream()
                .map(n -> n.getElement().getProperty("text", "") + " "
                        + n.getElement().getTextRecursively())
                .toList();
        assertThat(texts)
                .as(where + " with " + abbreviate(hostile))
                .noneMatch(t -> t.contains("error id") || t.contains("Exception"));
        NotificationsKt.clearNotifications();
    }

    private static String abbreviate(String s) {
        String printable = s.replaceAll("\\p{Cntrl}", "?");
        return printable.length() > 40 ? printable.substring(0, 40) + "…(" + s.length() + ")" : printable;
    }
}
