package org.qcommons.security.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Paragraph;
import org.qcommons.base.security.CurrentUser;
import org.qcommons.people.Member;
import org.qcommons.people.ui.ProfileSection;
import org.qcommons.security.EmailChangeService;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Service;

/**
 * Says that an email change waits for its link (decision 128), to the member and to ADMINs: an ADMIN who changed
 * someone's address sees that it has not taken effect yet, and why mail still goes to the old one.
 */
@Service
@Order(5)
class PendingEmailOnProfile implements ProfileSection {

    private final EmailChangeService changes;

    PendingEmailOnProfile(EmailChangeService changes) {
        this.changes = changes;
    }

    @Override
    public Component create(Member m) {
        Paragraph note = new Paragraph();
        note.addClassName("pending-email");
        changes.pendingAddress(m.getId())
                .ifPresentOrElse(
                        address -> note.setText("Email change pending: " + address + " becomes "
                                + (CurrentUser.memberId()
                                                .filter(m.getId()::equals)
                                                .isPresent()
                                        ? "your"
                                        : m.getFullName() + "'s")
                                + " email address once the link sent to it is used. Until then "
                                + m.getEmail() + " stays in use."),
                        () -> note.setVisible(false));
        return note;
    }
}
