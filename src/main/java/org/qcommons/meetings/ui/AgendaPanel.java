package org.qcommons.meetings.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.qcommons.meetings.AgendaItem;
import org.qcommons.meetings.Meeting;
import org.qcommons.meetings.MeetingViewer;

/**
 * The agenda with its running total against the two-hour limit. Cards are kept across refreshes, so a
 * change from someone else never throws away minutes the user is still typing.
 */
class AgendaPanel extends VerticalLayout {

    final Span total = new Span();
    final Button addItem = new Button("Add agenda item", VaadinIcon.PLUS.create());
    final VerticalLayout list = new VerticalLayout();
    final Map<Long, AgendaItemCard> cards = new HashMap<>();
    private final MeetingServices services;
    private Meeting meeting;
    private MeetingViewer can;

    AgendaPanel(Meeting meeting, MeetingViewer can, MeetingServices services) {
        this.meeting = meeting;
        this.can = can;
        this.services = services;
        setPadding(false);
        list.setPadding(false);
        addItem.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
        addItem.addClickListener(e -> new AgendaItemDialog(this.meeting, null, services.agenda()).open());
        addItem.setVisible(can.manage());
        HorizontalLayout head = new HorizontalLayout(new H3("Agenda"), total, addItem);
        head.setAlignItems(Alignment.BASELINE);
        add(head, list);
        refresh();
    }

    void refresh() {
        List<AgendaItem> items = services.agenda().agenda(meeting);
        if (!can.seeAgenda()) {
            list.removeAll();
            cards.clear();
            list.add(new Paragraph("The agenda has not been published yet."));
            total.setText("");
            return;
        }
        int sum = items.stream().mapToInt(AgendaItem::getMinutesAllotted).sum();
        total.setText(sum + " of " + Meeting.TIME_LIMIT_MINUTES + " minutes allotted"
                + (sum > Meeting.TIME_LIMIT_MINUTES
                        ? ": over the two-hour limit by " + (sum - Meeting.TIME_LIMIT_MINUTES)
                        : ""));
        total.getElement().getThemeList().clear();
        total.getElement().getThemeList().add(sum > Meeting.TIME_LIMIT_MINUTES ? "badge error" : "badge");
        Map<Long, AgendaItemCard> keep = new HashMap<>();
        List<Component> order = new ArrayList<>();
        for (AgendaItem item : items) {
            AgendaItemCard card = cards.get(item.getId());
            if (card == null) {
                card = new AgendaItemCard(
                        item,
                        can,
                        services,
                        () -> new AgendaItemDialog(meeting, cardItem(item.getId()), services.agenda()).open());
            } else {
                card.update(item);
            }
            keep.put(item.getId(), card);
            order.add(card);
        }
        cards.clear();
        cards.putAll(keep);
        // Re-adding a card moves it in the page, which drops the focus of whoever is typing in it: only when the
        // items changed.
        if (items.isEmpty() || !list.getChildren().toList().equals(order)) {
            list.removeAll();
            order.forEach(list::add);
        }
        if (items.isEmpty()) {
            list.add(new Paragraph("No items yet."));
        }
        refreshPapers();
        refreshComments();
    }

    void refreshPapers() {
        var papers = services.papers().papers(meeting);
        cards.values().forEach(c -> c.showPapers(papers));
    }

    void refreshComments() {
        var comments = services.minutes().comments(meeting);
        cards.values().forEach(c -> c.showComments(comments));
    }

    int totalMinutes() {
        return cards.values().stream()
                .mapToInt(c -> c.item().getMinutesAllotted())
                .sum();
    }

    private AgendaItem cardItem(Long id) {
        return cards.get(id).item();
    }
}
