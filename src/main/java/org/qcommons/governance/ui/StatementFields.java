package org.qcommons.governance.ui;

import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;

/** A candidate's statement (300 words at most, counted as they type) and declared interests. */
class StatementFields extends VerticalLayout {

    static final int MAX_WORDS = 300;

    final TextArea statement = new TextArea("Statement to the voters");
    final TextArea interests = new TextArea("Declared interests");

    StatementFields() {
        setPadding(false);
        statement.setWidthFull();
        statement.setRequiredIndicatorVisible(true);
        statement.setValueChangeMode(ValueChangeMode.LAZY);
        statement.setHelperText("Up to " + MAX_WORDS + " words");
        statement.addValueChangeListener(e -> {
            int words = words(e.getValue());
            statement.setHelperText(words + " of " + MAX_WORDS + " words");
            statement.setErrorMessage("Keep the statement to " + MAX_WORDS + " words; it has " + words);
            statement.setInvalid(words > MAX_WORDS);
        });
        interests.setWidthFull();
        interests.setHelperText("Employment, directorships, sponsorship, research funding, memberships, close"
                + " relationships. Leave empty if none.");
        add(statement, interests);
    }

    static int words(String text) {
        return text == null || text.isBlank() ? 0 : text.trim().split("\\s+").length;
    }
}
