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
import org.qcommons.base.ui.UserMessages;
import org.qcommons.meetings.Meeting;
import org.qcommons.meetings.MeetingService;

import java.util.function.Consumer;

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

    PdsaPanel(Meeting meeting, String facts, MeetingService meetings, Consumer<Meeting> saved) {
        setPadding(false);
        plan.setValue(nz(meeting.getPdsaPlan()));
        done.setValue(nz(meeting.getPdsaDo()));
        study.setValue(nz(meeting.getPdsaStudy()));
        act.setValue(nz(meeting.getPdsaAct()));
        study.setHelperText(facts);
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
        save.addClickListener(e -> {
            try {
                saved.accept(meetings.savePdsa(meeting.getId(), meeting.getVersion(), plan.getValue(), done.getValue(),
                        study.getValue(), act.getValue()));
                UserMessages.showSuccess("PDSA review saved. It will open the group's next meeting.");
            } catch (RuntimeException ex) {
                UserMessages.showError(ex);
            }
        });
        FormLayout form = new FormLayout(plan, done, study, act);
        add(new H3("PDSA review of this meeting"), form, save);
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
