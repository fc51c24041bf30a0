package org.qcommons.notifications.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.popover.Popover;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.qcommons.base.config.DisplayZone;
import org.qcommons.base.security.QUser;
import org.qcommons.base.security.ViewerContext;
import org.qcommons.notifications.Notification;
import org.qcommons.notifications.NotificationBroadcaster;
import org.qcommons.notifications.NotificationService;

/**
 * A bell with the unread count. It updates by server push when a notification arrives. The panel of the latest
 * notifications is created on the first click and its list is built only while it is open: every signed-in page
 * carries the bell, and a panel built up front would cost every open page its components although most are never
 * opened (see docs/benchmarks.md, "ui-heap").
 */
public class NotificationBell extends Div {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM, HH:mm", Locale.UK);

    private final NotificationService service;
    private final NotificationBroadcaster broadcaster;
    private final QUser user;
    private final Button bell = new Button(VaadinIcon.BELL.create());
    private final Span count = new Span();
    /** Created on the bell's first click. */
    Popover panel;

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
        bell.getElement().setAttribute("aria-haspopup", "dialog");
        bell.addClickListener(e -> {
            e.unregisterListener();
            createPanel();
            panel.open();
        });
        refresh();
    }

    /** From here on the panel opens and closes on the bell's clicks in the browser, as a popover does. */
    private void createPanel() {
        panel = new Popover();
        panel.setOpenOnClick(true);
        panel.setAutofocus(true);
        panel.setAriaLabel("Latest notifications");
        panel.addClassName("bell-panel");
        panel.addOpenedChangeListener(e -> {
            if (e.isOpened()) {
                fill();
            } else {
                panel.removeAll();
                if (service.unreadCount() > 0) {
                    service.markAllRead();
                    refresh();
                }
            }
        });
        panel.setTarget(bell);
    }

    public void refresh() {
        long unread = service.unreadCount();
        count.setText(unread == 0 ? "" : String.valueOf(unread));
        count.setVisible(unread > 0);
        bell.setAriaLabel(unread == 0 ? "Notifications, none unread" : "Notifications, " + unread + " unread");
        if (panel != null && panel.isOpened()) {
            fill();
        }
    }

    /** The latest ten, newest first; each with a link is a link, so Tab and Enter reach it. */
    private void fill() {
        panel.removeAll();
        var latest = service.latest(10);
        if (latest.isEmpty()) {
            panel.add(new Paragraph("Nothing new"), allLink());
            return;
        }
        UnorderedList list = new UnorderedList();
        list.addClassName("bell-list");
        for (Notification n : latest) {
            Span when = new Span(" · " + WHEN.withZone(DisplayZone.get()).format(n.getCreatedAt()));
            ListItem item = n.getLink() == null
                    ? new ListItem(new Span(n.getTitle()), when)
                    : new ListItem(new Anchor(n.getLink(), n.getTitle()), when);
            if (!n.isRead()) {
                item.addClassName("unread");
            }
            list.add(item);
        }
        panel.add(list, allLink());
    }

    private static Anchor allLink() {
        Anchor all = new Anchor("notifications", "All notifications and settings");
        all.addClassName("bell-all");
        return all;
    }

    /** What the open panel lists, for tests: each entry's title, or nothing while it is closed. */
    List<String> shownTitles() {
        return panel == null
                ? List.of()
                : panel.getChildren()
                        .flatMap(c -> c.getChildren())
                        .map(li -> li.getChildren()
                                .findFirst()
                                .map(first -> first.getElement().getText())
                                .orElse(""))
                        .toList();
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
