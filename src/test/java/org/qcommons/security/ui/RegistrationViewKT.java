package org.qcommons.security.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.html.H2;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.qcommons.base.demo.DemoAccounts;
import org.qcommons.organisations.OrganisationService;
import org.qcommons.testsupport.Fields;
import org.qcommons.testsupport.KaribuTest;
import org.springframework.beans.factory.annotation.Autowired;

class RegistrationViewKT extends KaribuTest {

    @Autowired
    OrganisationService organisations;

    private RegistrationView fill(String email) {
        anonymous();
        RegistrationView view = navigateTo("register", RegistrationView.class);
        Fields.setValue(view.fullName, "Jo Tester");
        Fields.setValue(view.email, email);
        Fields.setValue(view.password, "correct-horse-battery");
        Fields.setValue(view.organisation, organisations.organisations().getFirst());
        Fields.setValue(view.confirmsMembership, true);
        return view;
    }

    @Test
    void aValidRequestIsAcceptedAndThanked() {
        RegistrationView view = fill("jo-" + UUID.randomUUID() + "@test.qcommons.example");
        _click(view.submit);
        assertThat(_find(H2.class, spec -> spec.withText("Thank you"))).hasSize(1);
    }

    @Test
    void badInputIsMarkedOnEachField() {
        RegistrationView view = fill("not an email");
        Fields.setValue(view.fullName, "");
        Fields.setValue(view.profession, "p".repeat(81));
        _click(view.submit);
        assertThat(view.fullName.isInvalid()).isTrue();
        assertThat(view.fullName.getErrorMessage()).isEqualTo("Enter your name");
        assertThat(view.email.isInvalid()).isTrue();
        assertThat(view.profession.isInvalid()).isTrue();
        assertThat(view.profession.getErrorMessage()).contains("80 characters");
        assertThat(_find(H2.class, spec -> spec.withText("Thank you"))).isEmpty();
    }

    @Test
    void aDuplicateEmailGetsAClearMessageOnTheField() {
        RegistrationView view = fill(DemoAccounts.MEMBER);
        _click(view.submit);
        assertThat(view.email.isInvalid()).isTrue();
        assertThat(view.email.getErrorMessage()).contains("already exists");
        assertThat(view.fullName.getValue()).isEqualTo("Jo Tester");
    }
}
