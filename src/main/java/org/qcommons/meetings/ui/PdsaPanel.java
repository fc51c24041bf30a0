package org.qcommons.meetings.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.function.Consumer;
import org.qcommons.base.ui.UserMessages;
import org.qcommons.meetings.Meeting;
import org.qcommons.meetings.MeetingService;

/**
 * Each meeting is a PDSA cycle. This panel either shows the previous meeting's review (at the start of the
 * next meeting) or lets seat holders write this meeting's review, with attendance and timing to study.
 */
class PdsaPanel extends VerticalLayout {

    final TextArea plan = new TextArea("Plan: what we intended");
    final TextArea done = new TextArea("Do: what happened");
    final TextArea study = new TextArea("Study: what we learned, including attendance and timing against the plan");
    final TextArea act = new TextArea("Act: what we will change");
    final Button save = new Button("Save PDSA review");

    /** Read-only review of an earlier meeting. */
    static Div previous(Meeting m) {
        Div d = new Div(new H3("Review of the last meeting (PDSA)"));
        d.addClassName("pdsa");
        d.add(new Paragraph(m.getTitle() + ", " + Formats.when(m)));
        add(d, "Plan", m.getPdsaPlan());
        add(d, "Do", m.getPdsaDo());
        add(d, "Study", m.getPdsaStudy());
        add(d, "Act", m.getPdsaAct());
        return d;
    }

    private static void add(Div d, String heading, String text) {
        if (text != null && !text.isBlank()) {
            Paragraph p = new Paragraph(text);
            p.addClassName("bio");
            d.add(new H4(heading), p);
        }
    }

    private Meeting current;

    PdsaPanel(Meeting meeting, String facts, MeetingService meetings, Consumer<Meeting> saved) {
        setPadding(false);
        show(meeting);
        study.setHelperText(facts);
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
        save.addClickListener(e -> {
            try {
                Meeting result = meetings.savePdsa(
                        current.getId(),
                        current.getVersion(),
                        plan.getValue(),
                        done.getValue(),
                        study.getValue(),
                        act.getValue());
                current = result;
                saved.accept(result);
                UserMessages.showSuccess("PDSA review saved. It will open the group's next meeting.");
            } catch (RuntimeException ex) {
                ConflictDialog.showOrError(
                        ex, () -> meetings.meeting(current.getId()).ifPresent(this::show));
            }
        });
        FormLayout form = new FormLayout(plan, done, study, act);
        add(new H3("PDSA review of this meeting"), form, save);
    }

    /**
     * Takes a newer copy of the meeting (someone changed its details or review). Unsaved typing is kept, and
     * the version the next save is checked against stays the one the typing started from.
     */
    void refresh(Meeting fresh) {
        boolean dirty = !nz(current.getPdsaPlan()).equals(plan.getValue())
                || !nz(current.getPdsaDo()).equals(done.getValue())
                || !nz(current.getPdsaStudy()).equals(study.getValue())
                || !nz(current.getPdsaAct()).equals(act.getValue());
        boolean reviewChanged = !nz(current.getPdsaPlan()).equals(nz(fresh.getPdsaPlan()))
                || !nz(current.getPdsaDo()).equals(nz(fresh.getPdsaDo()))
                || !nz(current.getPdsaStudy()).equals(nz(fresh.getPdsaStudy()))
                || !nz(current.getPdsaAct()).equals(nz(fresh.getPdsaAct()));
        if (!dirty) {
            show(fresh);
        } else if (!reviewChanged) {
            current = fresh;
        }
    }

    private void show(Meeting m) {
        current = m;
        plan.setValue(nz(m.getPdsaPlan()));
        done.setValue(nz(m.getPdsaDo()));
        study.setValue(nz(m.getPdsaStudy()));
        act.setValue(nz(m.getPdsaAct()));
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
