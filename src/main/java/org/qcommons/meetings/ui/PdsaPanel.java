package org.qcommons.meetings.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.function.Consumer;
import org.qcommons.base.ui.UserMessages;
import org.qcommons.meetings.Meeting;
import org.qcommons.meetings.MeetingViewer;
import org.qcommons.meetings.PdsaCycle;
import org.qcommons.meetings.PdsaService;

/**
 * Each meeting is a PDSA cycle, linked to its records: plan (agenda items and aims), do (actions), study (the
 * review figures), act (decisions). Seat holders add only the reflection; managers set the items' aims until the
 * minutes are approved. The previous meeting's cycle opens the next meeting.
 */
class PdsaPanel extends VerticalLayout {

    final TextArea reflection = new TextArea("Reflection: what we make of this cycle");
    final Button save = new Button("Save PDSA review");
    final VerticalLayout cycleView = new VerticalLayout();
    final VerticalLayout aims = new VerticalLayout();

    /** Read-only review of an earlier meeting: its reflection, and any review written before cycles were linked. */
    static Div previous(Meeting m) {
        Div d = new Div(new H3("Review of the last meeting (PDSA)"));
        d.addClassName("pdsa");
        d.add(new Paragraph(m.getTitle() + ", " + Formats.when(m)));
        add(d, "Plan", m.getPdsaPlan());
        add(d, "Do", m.getPdsaDo());
        add(d, "Study", m.getPdsaStudy());
        add(d, "Act", m.getPdsaAct());
        add(d, "Reflection", m.getPdsaReflection());
        return d;
    }

    private static void add(Div d, String heading, String text) {
        if (text != null && !text.isBlank()) {
            Paragraph p = new Paragraph(text);
            p.addClassName("bio");
            d.add(new H4(heading), p);
        }
    }

    /** One cycle drawn from the records, as on the meeting page and the group's list of cycles. */
    static Div cycle(PdsaCycle c) {
        Div d = new Div();
        d.addClassName("pdsa");
        list(
                d,
                "Plan: agenda items and their aims",
                c.plan().stream()
                        .map(p -> p.title() + (p.aim() == null ? "" : " · aim: " + p.aim()))
                        .toList(),
                "No agenda items.");
        list(d, "Do: actions", c.actions(), "No actions agreed.");
        d.add(new H4("Study: the review"), new Paragraph(c.study().summary()));
        list(d, "Act: decisions", c.decisions(), "No decisions recorded.");
        if (c.reflection() != null) {
            Paragraph p = new Paragraph(c.reflection());
            p.addClassName("bio");
            d.add(new H4("Reflection"), p);
        }
        return d;
    }

    private static void list(Div d, String heading, List<String> lines, String none) {
        d.add(new H4(heading));
        if (lines.isEmpty()) {
            d.add(new Paragraph(none));
            return;
        }
        UnorderedList ul = new UnorderedList();
        lines.forEach(l -> ul.add(new ListItem(l)));
        d.add(ul);
    }

    private final PdsaService pdsa;
    private final MeetingViewer can;
    private Meeting current;
    private long version;
    /** The agenda the aim fields were built for: rebuilt only when it changes, so focus and typing stay put. */
    private List<String> aimsFor = List.of();

    PdsaPanel(Meeting meeting, MeetingViewer can, PdsaService pdsa, Consumer<Meeting> saved) {
        this.pdsa = pdsa;
        this.can = can;
        this.current = meeting;
        setPadding(false);
        cycleView.setPadding(false);
        aims.setPadding(false);
        reflection.setWidthFull();
        reflection.setMaxLength(16_000);
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
        save.addClickListener(e -> {
            try {
                Meeting result = pdsa.saveReflection(current.getId(), version, reflection.getValue());
                current = result;
                version = result.getVersion();
                saved.accept(result);
                UserMessages.showSuccess("PDSA review saved. It will open the group's next meeting.");
            } catch (RuntimeException ex) {
                ConflictDialog.showOrError(ex, () -> reload(false));
            }
        });
        add(new H3("PDSA cycle of this meeting"), cycleView, aims, reflection, save);
        reload(false);
    }

    /**
     * Redraws the cycle from the records after any change to the meeting's agenda, attendance, decisions or actions.
     * Unsaved typing in the reflection is kept, and so is the version it was started from, so that a reflection
     * saved meanwhile by someone else is reported as a conflict rather than overwritten.
     */
    void refresh(Meeting fresh) {
        boolean dirty = !nz(current.getPdsaReflection()).equals(reflection.getValue());
        current = fresh;
        reload(dirty);
    }

    private void reload(boolean keepReflection) {
        pdsa.cycle(current).ifPresent(c -> {
            if (!keepReflection) {
                version = c.meetingVersion();
                reflection.setValue(nz(c.reflection()));
            }
            cycleView.removeAll();
            cycleView.add(cycle(c));
            List<String> agendaNow =
                    c.plan().stream().map(p -> p.itemId() + ":" + p.title()).toList();
            if (can.manage() && !agendaNow.equals(aimsFor)) {
                aims.removeAll();
                c.plan().forEach(p -> aims.add(aimRow(p)));
                aimsFor = agendaNow;
            }
        });
    }

    private HorizontalLayout aimRow(PdsaCycle.Plan p) {
        TextField aim = new TextField("Aim of " + p.title());
        aim.setMaxLength(500);
        aim.setWidth("30rem");
        aim.setValue(nz(p.aim()));
        Button set = new Button("Save aim", e -> {
            try {
                pdsa.saveAim(p.itemId(), aim.getValue());
                reload(true);
                UserMessages.showSuccess("Aim saved.");
            } catch (RuntimeException ex) {
                UserMessages.showError(ex);
            }
        });
        set.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        HorizontalLayout row = new HorizontalLayout(aim, set);
        row.setAlignItems(Alignment.BASELINE);
        return row;
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
