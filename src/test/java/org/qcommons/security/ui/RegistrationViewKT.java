package org.qcommons.security.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.vaadin.flow.component.html.H2;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.qcommons.base.demo.DemoAccounts;
import org.qcommons.organisations.OrganisationService;
import org.qcommons.testsupport.Fields;
import org.qcommons.testsupport.KaribuTest;
import org.qcommons.testsupport.TestMail;
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
    void aDuplicateEmailReadsTheSameAsANewOneAndTheOwnerIsToldByEmail() {
        RegistrationView view = fill(DemoAccounts.MEMBER);
        _click(view.submit);
        assertThat(_find(H2.class, spec -> spec.withText("Thank you"))).hasSize(1);
        await().atMost(Duration.ofSeconds(20))
                .until(() ->
                        TestMail.subjectsTo(DemoAccounts.MEMBER).contains("Q Commons: You already have an account"));
    }

    @Test
    void aCommonPasswordIsRefusedOnTheField() {
        RegistrationView view = fill("jo-" + UUID.randomUUID() + "@test.qcommons.example");
        Fields.setValue(view.password, "1qaz2wsx3edc");
        _click(view.submit);
        assertThat(view.password.isInvalid()).isTrue();
        assertThat(view.password.getErrorMessage()).contains("most common");
        assertThat(_find(H2.class, spec -> spec.withText("Thank you"))).isEmpty();
    }

    @Test
    void aShortPasswordIsRefusedOnTheField() {
        RegistrationView view = fill("jo-" + UUID.randomUUID() + "@test.qcommons.example");
        Fields.setValue(view.password, "short-pass1");
        _click(view.submit);
        assertThat(view.password.isInvalid()).isTrue();
        assertThat(view.password.getErrorMessage()).isEqualTo("Use at least 12 characters");
    }
}
