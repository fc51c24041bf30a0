package org.qcommons.meetings.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.List;
import org.qcommons.base.security.CurrentUser;
import org.qcommons.base.ui.UserMessages;
import org.qcommons.meetings.CalendarFeeds;
import org.qcommons.people.Member;
import org.qcommons.people.ui.ProfileSection;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Service;

/** The member's own calendar feed links, on their own profile only, each of which they can revoke. */
@Service
@Order(40)
class CalendarFeedsOnProfile implements ProfileSection {

    private final CalendarFeeds feeds;

    CalendarFeedsOnProfile(CalendarFeeds feeds) {
        this.feeds = feeds;
    }

    @Override
    public Component create(Member member) {
        VerticalLayout section = new VerticalLayout();
        section.setPadding(false);
        section.addClassName("calendar-feeds");
        if (CurrentUser.memberId().filter(member.getId()::equals).isEmpty()) {
            section.setVisible(false);
            return section;
        }
        fill(section);
        return section;
    }

    private void fill(VerticalLayout section) {
        section.removeAll();
        section.add(new H3("Calendar links"));
        List<CalendarFeeds.Feed> mine = feeds.myFeeds();
        if (mine.isEmpty()) {
            section.add(new Paragraph("You have no calendar links. Subscribe from a group's page."));
            return;
        }
        section.add(new Paragraph("Anyone with one of these links can see that group's meeting dates. Revoke any "
                + "you no longer use; a group's page gives you a new one."));
        for (CalendarFeeds.Feed f : mine) {
            Button revoke = new Button(
                    "Revoke",
                    e -> confirm(
                            "Revoke your calendar link for " + f.groupName() + "?",
                            "Calendars subscribed with it stop updating.",
                            () -> feeds.revoke(f.id()),
                            section));
            revoke.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            revoke.setAriaLabel("Revoke the calendar link for " + f.groupName());
            HorizontalLayout row = new HorizontalLayout(new Span(f.groupName()), revoke);
            row.setAlignItems(Alignment.CENTER);
            section.add(row);
        }
        Button all = new Button(
                "Revoke all calendar links",
                e -> confirm(
                        "Revoke all your calendar links?",
                        "Every calendar subscribed with one of them stops updating.",
                        feeds::revokeAll,
                        section));
        all.addThemeVariants(ButtonVariant.LUMO_ERROR);
        section.add(all);
    }

    private void confirm(String title, String text, Runnable action, VerticalLayout section) {
        ConfirmDialog d = new ConfirmDialog(title, text, "Revoke", ok -> {
            try {
                action.run();
                UserMessages.showSuccess("Calendar link revoked");
                fill(section);
            } catch (RuntimeException ex) {
                UserMessages.showError(ex);
            }
        });
        d.setCancelable(true);
        d.open();
    }
}
