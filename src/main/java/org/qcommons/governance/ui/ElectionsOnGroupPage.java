package org.qcommons.governance.ui;

import static org.qcommons.governance.ui.Wording.t;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import java.util.List;
import org.qcommons.governance.Candidate;
import org.qcommons.governance.Election;
import org.qcommons.governance.ElectionService;
import org.qcommons.meetings.GroupViewer;
import org.qcommons.meetings.MeetingGroup;
import org.qcommons.meetings.ui.GroupPageSection;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Service;

/** The group page's Elections tab: published results for everyone, elections under way for members. */
@Service
@Order(10)
class ElectionsOnGroupPage implements GroupPageSection {

    private final ElectionService elections;

    ElectionsOnGroupPage(ElectionService elections) {
        this.elections = elections;
    }

    @Override
    public String key() {
        return "elections";
    }

    @Override
    public String label() {
        return t("elections.tab");
    }

    @Override
    public Component create(MeetingGroup group, GroupViewer viewer) {
        List<Election> list = elections.forGroup(group);
        if (list.isEmpty() && !viewer.signedIn()) {
            return null;
        }
        VerticalLayout v = new VerticalLayout();
        v.setPadding(false);
        if (elections.canManage(group)) {
            Button open = new Button(
                    t("elections.open"),
                    VaadinIcon.PLUS.create(),
                    e -> new OpenElectionDialog(
                                    group, elections, saved -> UI.getCurrent().navigate("elections/" + saved.getId()))
                            .open());
            open.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            v.add(open);
        }
        if (list.isEmpty()) {
            v.add(new Paragraph(viewer.signedIn() ? t("elections.none") : t("elections.noneAnonymous")));
            return v;
        }
        for (Election e : list) {
            Div card = new Div();
            card.addClassName("card");
            RouterLink link = new RouterLink(
                    e.getTitle(), ElectionView.class, new RouteParameters("id", String.valueOf(e.getId())));
            HorizontalLayout head = new HorizontalLayout(new H3(link), Dates.status(e));
            head.setAlignItems(FlexComponent.Alignment.BASELINE);
            card.add(head, new Paragraph(Dates.schedule(e)));
            if (e.resultsOut()) {
                List<Candidate> elected = elections.elected(e.getId());
                String names = String.join(
                        ", ",
                        elected.stream().map(c -> c.getMember().getFullName()).toList());
                card.add(new Paragraph(
                        e.getOutcome() == null
                                ? t("elections.elected", names)
                                : t("elections.electedWithOutcome", names, e.getOutcome())));
            }
            v.add(card);
        }
        return v;
    }
}
