package org.qcommons.notifications.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.contextmenu.ContextMenu;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import org.qcommons.base.ui.ViewerContext;
import org.qcommons.notifications.Notification;
import org.qcommons.notifications.NotificationBroadcaster;
import org.qcommons.notifications.NotificationService;
import org.qcommons.security.QUser;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** A bell with the unread count. It updates by server push when a notification arrives. */
public class NotificationBell extends Div {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM, HH:mm")
            .withZone(ZoneId.of("Europe/London"));

    private final NotificationService service;
    private final NotificationBroadcaster broadcaster;
    private final QUser user;
    private final Button bell = new Button(VaadinIcon.BELL.create());
    private final Span count = new Span();
    private final ContextMenu menu = new ContextMenu();
    private Runnable unregister;

    public NotificationBell(NotificationService service, NotificationBroadcaster broadcaster, QUser user) {
        this.service = service;
        this.broadcaster = broadcaster;
        this.user = user;
        bell.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        count.addClassName("bell-count");
        count.getElement().getThemeList().add("badge error pill small");
        add(bell, count);
        addClassName("bell");
        menu.setTarget(bell);
        menu.setOpenOnClick(true);
        menu.addOpenedChangeListener(e -> {
            if (!e.isOpened() && service.unreadCount() > 0) {
                service.markAllRead();
                refresh();
            }
        });
        refresh();
    }

    public void refresh() {
        long unread = service.unreadCount();
        count.setText(unread == 0 ? "" : String.valueOf(unread));
        count.setVisible(unread > 0);
        bell.setAriaLabel(unread == 0 ? "Notifications, none unread" : "Notifications, " + unread + " unread");
        menu.removeAll();
        var latest = service.latest(10);
        if (latest.isEmpty()) {
            menu.addItem("Nothing new").setEnabled(false);
        }
        for (Notification n : latest) {
            Div item = new Div(new Span(n.getTitle()), new Span(" · " + WHEN.format(n.getCreatedAt())));
            if (!n.isRead()) {
                item.addClassName("unread");
            }
            menu.addItem(item, e -> {
                if (n.getLink() != null) {
                    UI.getCurrent().navigate(n.getLink());
                }
            });
        }
    }

    public long shownCount() {
        return count.getText().isEmpty() ? 0 : Long.parseLong(count.getText());
    }

    @Override
    protected void onAttach(AttachEvent event) {
        UI ui = event.getUI();
        // The broadcast arrives on the sender's thread: refresh under this bell's own viewer, never the sender.
        ViewerContext viewer = ViewerContext.capture();
        unregister = broadcaster.register(user.memberId(), () -> ui.access(() -> viewer.run(this::refresh)));
    }

    @Override
    protected void onDetach(DetachEvent event) {
        if (unregister != null) {
            unregister.run();
        }
    }
}
