package org.qcommons.governance.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.RouterLink;
import org.qcommons.governance.InterestService;
import org.qcommons.governance.InterestService.RegisterLine;
import org.qcommons.meetings.GroupViewer;
import org.qcommons.meetings.MeetingGroup;
import org.qcommons.meetings.ui.GroupPageSection;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Service;

/** The group page's register of interests: published for public groups, for members in the others. */
@Service
@Order(20)
class InterestsOnGroupPage implements GroupPageSection {

    private final InterestService interests;

    InterestsOnGroupPage(InterestService interests) {
        this.interests = interests;
    }

    @Override
    public String key() {
        return "interests";
    }

    @Override
    public String label() {
        return "Register of interests";
    }

    @Override
    public Component create(MeetingGroup group, GroupViewer viewer) {
        if (!interests.canSeeRegister(group)) {
            return null;
        }
        var lines = interests.register(group);
        if (lines.isEmpty() && !viewer.signedIn()) {
            return null;
        }
        Grid<RegisterLine> grid = new Grid<>();
        grid.addColumn(RegisterLine::holder).setHeader("Seat holder").setAutoWidth(true);
        grid.addColumn(RegisterLine::seat).setHeader("Seat").setAutoWidth(true);
        grid.addColumn(l -> l.kind().label()).setHeader("Interest").setAutoWidth(true);
        grid.addColumn(l -> l.kind().category().label()).setHeader("Category").setAutoWidth(true);
        grid.addColumn(RegisterLine::description).setHeader("Description").setFlexGrow(1);
        grid.addColumn(l -> Dates.uk(l.from()) + (l.to() == null ? " onwards" : " to " + Dates.uk(l.to())))
                .setHeader("Dates")
                .setAutoWidth(true);
        grid.setItems(lines);
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText("No seat holder has declared an interest.");
        grid.setAriaLabel("Register of interests of " + group.getName());
        VerticalLayout v = new VerticalLayout(
                new Paragraph("Seat holders' current declarations, in the categories of NHS England's \"Managing"
                        + " conflicts of interest in the NHS\". Each seat holder confirms theirs once a year."),
                grid);
        if (viewer.signedIn()) {
            v.add(new RouterLink("Keep my own register of interests", MyInterestsView.class));
        }
        v.setPadding(false);
        return v;
    }
}
