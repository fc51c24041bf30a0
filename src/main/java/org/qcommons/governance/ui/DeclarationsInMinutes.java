package org.qcommons.governance.ui;

import static org.qcommons.governance.ui.Wording.t;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.qcommons.base.BusinessException;
import org.qcommons.base.ui.UserMessages;
import org.qcommons.governance.MeetingDeclaration;
import org.qcommons.governance.MeetingDeclarationService;
import org.qcommons.meetings.AgendaItem;
import org.qcommons.meetings.AgendaService;
import org.qcommons.meetings.GroupService;
import org.qcommons.meetings.Meeting;
import org.qcommons.meetings.MeetingViewer;
import org.qcommons.meetings.SeatHolder;
import org.qcommons.meetings.ui.MeetingPageSection;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Service;

/** The minutes' "declarations of interest": who declared what against which item; seat holders record them. */
@Service
@Order(10)
class DeclarationsInMinutes implements MeetingPageSection {

    private final MeetingDeclarationService declarations;
    private final AgendaService agenda;
    private final GroupService groups;

    DeclarationsInMinutes(MeetingDeclarationService declarations, AgendaService agenda, GroupService groups) {
        this.declarations = declarations;
        this.agenda = agenda;
        this.groups = groups;
    }

    @Override
    public Component create(Meeting meeting, MeetingViewer viewer) {
        VerticalLayout v = new VerticalLayout(new H3(t("declarations.heading")));
        v.setPadding(false);
        List<AgendaItem> items = agenda.agenda(meeting);
        Map<Long, String> titles = items.stream().collect(Collectors.toMap(AgendaItem::getId, AgendaItem::getTitle));
        Grid<MeetingDeclaration> grid = new Grid<>();
        grid.addColumn(d -> d.getMember().getFullName())
                .setHeader(t("declarations.who"))
                .setAutoWidth(true);
        grid.addColumn(d -> titles.getOrDefault(d.getAgendaItemId(), ""))
                .setHeader(t("declarations.item"))
                .setAutoWidth(true);
        grid.addColumn(MeetingDeclaration::getInterest)
                .setHeader(t("declarations.interest"))
                .setFlexGrow(1);
        grid.addColumn(d -> d.getActionTaken() == null ? "" : d.getActionTaken())
                .setHeader(t("declarations.action"));
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText(t("declarations.empty"));
        grid.setAriaLabel(t("declarations.aria"));
        grid.setItems(declarations.declarations(meeting));
        v.add(grid);
        if (viewer.edit()) {
            Select<SeatHolder> who = new Select<>();
            who.setLabel(t("declarations.whoDeclared"));
            who.setItems(groups.seats(meeting.getGroup()).stream()
                    .filter(h -> h.memberId() != null)
                    .toList());
            who.setItemLabelGenerator(SeatHolder::displayName);
            Select<AgendaItem> item = new Select<>();
            item.setLabel(t("declarations.against"));
            item.setItems(items);
            item.setItemLabelGenerator(AgendaItem::getTitle);
            TextField interest = new TextField(t("declarations.interestDeclared"));
            interest.setMaxLength(1000);
            TextField action = new TextField(t("declarations.action"));
            action.setHelperText(t("declarations.actionHelper"));
            Button record = new Button(t("declarations.record"), e -> {
                if (who.isEmpty() || item.isEmpty()) {
                    UserMessages.showError(new BusinessException(t("declarations.choose")));
                    return;
                }
                try {
                    declarations.record(
                            meeting.getId(),
                            item.getValue().getId(),
                            who.getValue().memberId(),
                            interest.getValue(),
                            action.getValue());
                    grid.setItems(declarations.declarations(meeting));
                    interest.clear();
                    action.clear();
                } catch (RuntimeException ex) {
                    UserMessages.showError(ex);
                }
            });
            v.add(new FormLayout(who, item, interest, action), record);
        }
        return v;
    }
}
