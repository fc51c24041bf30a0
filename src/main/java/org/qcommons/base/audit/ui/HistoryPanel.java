package org.qcommons.base.audit.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.qcommons.base.audit.AuditEntry;
import org.qcommons.base.config.DisplayZone;

/**
 * A record's history, newest first: when (UK time), who, what kind of change and each field's old and new value.
 * Every value is set as text, so stored markup shows as characters and never runs.
 */
public class HistoryPanel extends Div {

    static final int SHOWN_CHARACTERS = 120;
    static final int MAX_ENTRIES = 200;
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.UK);

    public HistoryPanel(List<AuditEntry> entries) {
        setId("history");
        addClassName("history-panel");
        if (entries.isEmpty()) {
            add(new Paragraph("No changes have been recorded yet. Changes made before the audit trail was switched "
                    + "on are not shown."));
            return;
        }
        entries.stream().limit(MAX_ENTRIES).forEach(e -> add(entry(e)));
        if (entries.size() > MAX_ENTRIES) {
            add(new Paragraph("Showing the latest " + MAX_ENTRIES + " of " + entries.size() + " changes."));
        }
    }

    private static Div entry(AuditEntry e) {
        Div box = new Div();
        box.addClassName("history-entry");
        H3 heading = new H3();
        heading.setText(e.kind() + " · " + WHEN.withZone(DisplayZone.get()).format(e.when()) + " · " + e.whoLabel());
        box.add(heading);
        if (e.changes().isEmpty()) {
            box.add(new Paragraph("No field changed (for example, only a link or partner changed)."));
            return box;
        }
        UnorderedList list = new UnorderedList();
        for (AuditEntry.FieldChange c : e.changes()) {
            ListItem item = new ListItem();
            item.addClassName("history-change");
            Span field = new Span(c.label() + ": ");
            field.addClassName("label");
            item.add(field, value(c.before(), "was empty"), new Span(" → "), value(c.after(), "now empty"));
            list.add(item);
        }
        box.add(list);
        return box;
    }

    /** Long values are shortened on screen; the full (already capped) text is in the tooltip. */
    static Span value(String text, String emptyWords) {
        Span span = new Span();
        if (text == null || text.isEmpty()) {
            span.setText("(" + emptyWords + ")");
            span.addClassName("history-empty");
            return span;
        }
        if (text.length() > SHOWN_CHARACTERS) {
            span.setText(text.substring(0, SHOWN_CHARACTERS) + "…");
            span.setTitle(text);
        } else {
            span.setText(text);
        }
        span.addClassName("history-value");
        return span;
    }
}
