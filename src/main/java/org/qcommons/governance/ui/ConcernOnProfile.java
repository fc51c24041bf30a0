package org.qcommons.governance.ui;

import static org.qcommons.governance.ui.Wording.t;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import org.qcommons.base.security.CurrentUser;
import org.qcommons.governance.ConcernService;
import org.qcommons.governance.ConcernSubject;
import org.qcommons.people.Member;
import org.qcommons.people.ui.ProfileSection;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Service;

/** "Raise a concern about this member's conduct" on someone else's profile. */
@Service
@Order(90)
class ConcernOnProfile implements ProfileSection {

    private final ConcernService concerns;

    ConcernOnProfile(ConcernService concerns) {
        this.concerns = concerns;
    }

    @Override
    public Component create(Member member) {
        if (CurrentUser.memberId().isEmpty() || CurrentUser.memberId().get().equals(member.getId())) {
            return new Div();
        }
        Button b = new Button(
                t("concern.profile.button"),
                VaadinIcon.FLAG_O.create(),
                e -> new RaiseConcernDialog(
                                concerns,
                                ConcernSubject.CONDUCT,
                                member.getId(),
                                t("concern.profile.about", member.getFullName()))
                        .open());
        b.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        return b;
    }
}
