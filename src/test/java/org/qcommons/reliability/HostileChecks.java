package org.qcommons.reliability;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasEnabled;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.qcommons.testsupport.Fields;

/**
 * What the hostile-input sweeps share: filling the text fields a user could type in, and the checks that a page
 * survived the corpus (no error id or exception named in a notification, no live markup made from the corpus, no
 * stack trace on the page).
 */
final class HostileChecks {

    /** Live markup made from the corpus: a tag the corpus opens, or an event-handler attribute on any element. */
    static final Pattern LIVE = Pattern.compile(
            "<(script|img|svg|iframe|object|embed|video|marquee|details|input|math|body|style)\\b[^>]*(window\\.__xss|onerror|onload)"
                    + "|\\son(error|load|focus|toggle|begin|start|mouseover|blur)\\s*=\\s*\"?window\\.__xss",
            Pattern.CASE_INSENSITIVE);

    private HostileChecks() {}

    /** Text fields, areas, email and password fields under {@code container}. */
    @SuppressWarnings("unchecked")
    static List<HasValue<?, String>> textFields(Component container) {
        List<HasValue<?, String>> fields = new ArrayList<>();
        for (Class<? extends Component> type :
                List.of(TextField.class, TextArea.class, EmailField.class, PasswordField.class)) {
            _find(container, type).forEach(c -> fields.add((HasValue<?, String>) c));
        }
        return fields;
    }

    /** Types {@code hostile} into every shown, enabled, writable text field under {@code container}. */
    static int fill(Component container, String hostile) {
        int filled = 0;
        for (HasValue<?, String> field : textFields(container)) {
            if (field instanceof Component c
                    && c.isVisible()
                    && !field.isReadOnly()
                    && !(c instanceof HasEnabled e && !e.isEnabled())) {
                Fields.setValue(field, hostile);
                filled++;
            }
        }
        return filled;
    }

    /** No notification names an error id or an exception (and the notifications are cleared for the next step). */
    static void assertNoErrorNotification(String where) {
        List<String> texts = NotificationsKt.getNotifications().stream()
                .map(n -> n.getElement().getProperty("text", "") + " "
                        + n.getElement().getTextRecursively())
                .toList();
        assertThat(texts).as(where).noneMatch(t -> t.contains("error id") || t.contains("Exception"));
        NotificationsKt.clearNotifications();
    }

    /** Nothing on the page (dialogs included, as they are the UI's children) is live markup or a stack trace. */
    static void assertPageSafe(String where) {
        assertNoErrorNotification(where);
        String page = UI.getCurrent().getElement().getOuterHTML();
        assertThat(LIVE.matcher(page).find()).as(where + ": live markup").isFalse();
        assertThat(page)
                .as(where + ": a stack trace")
                .doesNotContain("\tat org.")
                .doesNotContain("Exception:");
    }
}
