package org.qcommons.governance.ui;

import static org.qcommons.governance.ui.Wording.t;

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
        return t("interests.tab");
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
        grid.addColumn(RegisterLine::holder).setHeader(t("interests.holder")).setAutoWidth(true);
        grid.addColumn(RegisterLine::seat).setHeader(t("interests.seat")).setAutoWidth(true);
        grid.addColumn(l -> l.kind().label()).setHeader(t("interests.interest")).setAutoWidth(true);
        grid.addColumn(l -> l.kind().category().label())
                .setHeader(t("interests.category"))
                .setAutoWidth(true);
        grid.addColumn(RegisterLine::description)
                .setHeader(t("interests.description"))
                .setFlexGrow(1);
        grid.addColumn(l -> l.to() == null
                        ? t("interests.onwards", Dates.uk(l.from()))
                        : t("interests.range", Dates.uk(l.from()), Dates.uk(l.to())))
                .setHeader(t("interests.dates"))
                .setAutoWidth(true);
        grid.setItems(lines);
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText(t("interests.empty"));
        grid.setAriaLabel(t("interests.aria", group.getName()));
        VerticalLayout v = new VerticalLayout(new Paragraph(t("interests.intro")), grid);
        if (viewer.signedIn()) {
            v.add(new RouterLink(t("interests.keepMine"), MyInterestsView.class));
        }
        v.setPadding(false);
        return v;
    }
}
