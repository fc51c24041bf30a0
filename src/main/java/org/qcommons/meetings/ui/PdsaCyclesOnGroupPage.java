package org.qcommons.meetings.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import java.util.List;
import org.qcommons.meetings.GroupViewer;
import org.qcommons.meetings.MeetingGroup;
import org.qcommons.meetings.PdsaCycle;
import org.qcommons.meetings.PdsaService;
import org.springframework.core.annotation.Order;

/** The "PDSA cycles" tab: the group's meetings as cycles, one after another, as far as the reader may see them. */
@org.springframework.stereotype.Component
@Order(20)
class PdsaCyclesOnGroupPage implements GroupPageSection {

    private final PdsaService pdsa;

    PdsaCyclesOnGroupPage(PdsaService pdsa) {
        this.pdsa = pdsa;
    }

    @Override
    public String key() {
        return "pdsa";
    }

    @Override
    public String label() {
        return "PDSA cycles";
    }

    @Override
    public Component create(MeetingGroup group, GroupViewer viewer) {
        VerticalLayout v = new VerticalLayout();
        v.setPadding(false);
        v.addClassName("pdsa-cycles");
        List<PdsaCycle> cycles = pdsa.cycles(group);
        if (cycles.isEmpty()) {
            v.add(new Paragraph("No meeting has been held yet whose minutes you can read."));
        }
        int n = 1;
        for (PdsaCycle c : cycles) {
            v.add(new H3("Cycle " + n++ + ": " + c.title() + ", "
                    + Formats.shortDate(c.startsAt().toLocalDate())));
            v.add(new RouterLink(
                    "Open the meeting", MeetingView.class, new RouteParameters("id", String.valueOf(c.meetingId()))));
            v.add(PdsaPanel.cycle(c));
        }
        return v;
    }
}
