package org.qcommons.meetings.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.qcommons.meetings.GroupViewer;
import org.qcommons.meetings.MeetingGroup;
import org.qcommons.meetings.TermsOfReference;
import org.qcommons.meetings.TermsService;

/** The current terms of reference under the report's headings, with earlier versions one click away. */
class TermsPanel extends VerticalLayout {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);
    private final DateTimeFormatter stamp;
    private final MeetingGroup group;
    private final GroupViewer can;
    private final TermsService terms;

    TermsPanel(MeetingGroup group, GroupViewer can, TermsService terms, Clock clock) {
        this.group = group;
        this.can = can;
        this.terms = terms;
        this.stamp = STAMP.withZone(clock.getZone());
        setPadding(false);
        refresh();
    }

    void refresh() {
        removeAll();
        add(new H3("Terms of reference"));
        List<TermsOfReference> history = terms.termsHistory(group);
        if (history.isEmpty()) {
            add(new Paragraph("No terms of reference have been agreed yet."));
        } else {
            TermsOfReference current = history.get(0);
            add(new Span("Version " + current.getNumber() + ", agreed " + stamp.format(current.getCreatedAt())
                    + (current.getReviewDate() == null
                            ? ""
                            : ". Review due " + Formats.shortDate(current.getReviewDate()))
                    + "."));
            add(sections(current));
            if (history.size() > 1) {
                VerticalLayout older = new VerticalLayout();
                older.setPadding(false);
                for (TermsOfReference t : history.subList(1, history.size())) {
                    Details d = new Details(
                            "Version " + t.getNumber() + " (" + stamp.format(t.getCreatedAt()) + ")", sections(t));
                    older.add(d);
                }
                history.stream()
                        .filter(t -> t.getChangeNote() != null)
                        .forEach(t -> older.addComponentAsFirst(
                                new Span("Version " + t.getNumber() + ": " + t.getChangeNote())));
                add(new Details("Earlier versions and changes", older));
            }
        }
        if (can.canManage()) {
            Button edit = new Button(
                    history.isEmpty() ? "Write terms of reference" : "Revise terms of reference",
                    VaadinIcon.EDIT.create(),
                    e -> new TermsDialog(
                                    group,
                                    history.isEmpty()
                                            ? new TermsOfReference()
                                            : history.get(0).draftNext(),
                                    terms,
                                    this::refresh)
                            .open());
            edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            add(edit);
        }
    }

    static Div sections(TermsOfReference t) {
        Div div = new Div();
        div.addClassName("terms");
        t.sections().forEach((heading, text) -> {
            Paragraph p = new Paragraph(text);
            p.addClassName("bio");
            div.add(new H4(heading), p);
        });
        return div;
    }
}
