package org.qcommons.notifications.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.qcommons.base.config.DisplayZone;
import org.qcommons.base.ui.PhoneGrids;
import org.qcommons.notifications.Notification;
import org.qcommons.notifications.NotificationKind;
import org.qcommons.notifications.NotificationService;

/** The notification centre: the member's whole history, filtered by kind and by unread, newest first. */
@Route("notifications")
@PageTitle("Notifications | Q Commons")
@PermitAll
public class NotificationsView extends VerticalLayout {

    static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm", Locale.UK);

    final Select<NotificationKind> kind = new Select<>();
    final Checkbox unreadOnly = new Checkbox("Unread only");
    final Grid<Notification> grid = new Grid<>(Notification.class, false);
    final Button markAllRead = new Button("Mark all as read");
    private final NotificationService notifications;

    public NotificationsView(NotificationService notifications) {
        this.notifications = notifications;
        kind.setLabel("Kind");
        kind.setItems(NotificationKind.values());
        kind.setItemLabelGenerator(k -> k == null ? "All kinds" : k.label());
        kind.setEmptySelectionAllowed(true);
        kind.setEmptySelectionCaption("All kinds");
        kind.addValueChangeListener(e -> refresh());
        unreadOnly.addValueChangeListener(e -> refresh());
        markAllRead.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        markAllRead.addClickListener(e -> {
            notifications.markAllRead();
            refresh();
        });
        HorizontalLayout filters = new HorizontalLayout(kind, unreadOnly, markAllRead);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        filters.setWrap(true);

        grid.addComponentColumn(this::titleOf).setHeader("Notification").setFlexGrow(3);
        grid.addColumn(n -> n.getKind().label()).setHeader("Kind").setFlexGrow(1);
        grid.addColumn(NotificationsView::when).setHeader("When").setAutoWidth(true);
        grid.addComponentColumn(this::readControl).setHeader("Status").setAutoWidth(true);
        PhoneGrids.stackOnPhones(
                grid,
                "Notification",
                n -> PhoneGrids.card(titleOf(n), List.of(n.getKind().label() + " · " + when(n)), readControl(n)));
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setEmptyStateText("No notifications here. New ones also show on the bell at the top of every page.");
        grid.setAllRowsVisible(false);
        grid.setHeight("32rem");

        add(
                new H2("Notifications"),
                new RouterLink("Choose how you are told about each kind", NotificationSettingsView.class),
                filters,
                grid);
        refresh();
    }

    private static String when(Notification n) {
        return WHEN.withZone(DisplayZone.get()).format(n.getCreatedAt());
    }

    private Span titleOf(Notification n) {
        Span title = n.getLink() == null ? new Span(n.getTitle()) : new Span(cellLink(n));
        if (!n.isRead()) {
            title.getStyle().set("font-weight", "600");
        }
        return title;
    }

    /** The notification's title as its link, a target of its own in a row (WCAG 2.2, 2.5.8). */
    private static Anchor cellLink(Notification n) {
        Anchor link = new Anchor(n.getLink(), n.getTitle());
        link.addClassName("cell-link");
        return link;
    }

    private Span readControl(Notification n) {
        if (n.isRead()) {
            return new Span("Read");
        }
        Button read = new Button("Mark as read", e -> {
            notifications.markRead(n.getId());
            refresh();
        });
        read.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        read.setAriaLabel("Mark as read: " + n.getTitle());
        return new Span(new Span("Unread "), read);
    }

    void refresh() {
        boolean unread = unreadOnly.getValue();
        NotificationKind k = kind.getValue();
        grid.setItems(q -> notifications.history(unread, k, q.getOffset(), q.getLimit()).stream(), q ->
                (int) notifications.countHistory(unread, k));
    }
}
