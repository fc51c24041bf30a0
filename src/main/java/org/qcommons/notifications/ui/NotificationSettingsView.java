package org.qcommons.notifications.ui;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import org.qcommons.base.ui.UserMessages;
import org.qcommons.notifications.NotificationChannel;
import org.qcommons.notifications.NotificationKind;
import org.qcommons.notifications.NotificationPreferences;

/** For each kind of notification, how the member hears of it; a choice is saved as soon as it is made. */
@Route("notifications/settings")
@PageTitle("Notification settings | Q Commons")
@PermitAll
public class NotificationSettingsView extends VerticalLayout {

    final Map<NotificationKind, RadioButtonGroup<NotificationChannel>> choices = new EnumMap<>(NotificationKind.class);

    public NotificationSettingsView(NotificationPreferences preferences) {
        add(
                new H2("Notification settings"),
                new Paragraph(
                        "Choose, for each kind, whether you are told in the app only, also by email at once, in"
                                + " the daily or weekly digest, or not at all. Every email also has a link to stop that kind without signing in."),
                new RouterLink("Back to your notifications", NotificationsView.class));
        Map<NotificationKind, NotificationChannel> mine = preferences.mine();
        for (NotificationKind kind : NotificationKind.values()) {
            RadioButtonGroup<NotificationChannel> group = new RadioButtonGroup<>(kind.label());
            // The digest is itself a channel: it is daily, weekly or not sent.
            group.setItems(
                    kind == NotificationKind.DIGEST
                            ? EnumSet.of(NotificationChannel.DAILY, NotificationChannel.WEEKLY, NotificationChannel.OFF)
                            : EnumSet.allOf(NotificationChannel.class));
            group.setItemLabelGenerator(NotificationChannel::label);
            group.setValue(mine.get(kind));
            group.setId("channel-" + kind.name().toLowerCase().replace('_', '-'));
            group.addValueChangeListener(e -> {
                // Added after the stored value is shown, so every change from here on is the member's choice.
                if (e.getValue() != null) {
                    try {
                        preferences.choose(kind, e.getValue());
                        UserMessages.showSuccess("Saved: " + kind.label() + ", "
                                + e.getValue().label().toLowerCase() + ".");
                    } catch (RuntimeException ex) {
                        UserMessages.showError(ex);
                    }
                }
            });
            choices.put(kind, group);
            add(group);
        }
    }
}
