package org.qcommons.governance.ui;

import static org.qcommons.governance.ui.Wording.t;

import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;

/** A candidate's statement (300 words at most, counted as they type) and declared interests. */
class StatementFields extends VerticalLayout {

    static final int MAX_WORDS = 300;

    final TextArea statement = new TextArea(t("statement.statement"));
    final TextArea interests = new TextArea(t("statement.interests"));

    StatementFields() {
        setPadding(false);
        statement.setWidthFull();
        statement.setRequiredIndicatorVisible(true);
        statement.setValueChangeMode(ValueChangeMode.LAZY);
        statement.setHelperText(t("statement.limit", MAX_WORDS));
        statement.addValueChangeListener(e -> {
            int words = words(e.getValue());
            statement.setHelperText(t("statement.count", words, MAX_WORDS));
            statement.setErrorMessage(t("statement.tooLong", MAX_WORDS, words));
            statement.setInvalid(words > MAX_WORDS);
        });
        interests.setWidthFull();
        interests.setHelperText(t("statement.interestsHelper"));
        add(statement, interests);
    }

    static int words(String text) {
        return text == null || text.isBlank() ? 0 : text.trim().split("\\s+").length;
    }
}
