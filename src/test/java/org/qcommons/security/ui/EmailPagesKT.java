package org.qcommons.security.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.vaadin.flow.component.html.Paragraph;
import java.time.Duration;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.qcommons.organisations.OrganisationService;
import org.qcommons.security.NewAccounts;
import org.qcommons.security.Registration;
import org.qcommons.testsupport.KaribuTest;
import org.qcommons.testsupport.TestMail;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The page behind the link that confirms a registration's address (decision 112). */
class EmailPagesKT extends KaribuTest {

    @Autowired
    OrganisationService organisations;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theButtonNotTheVisitConfirmsTheAddressAndTheLinkThenSaysItIsUsed() throws Exception {
        String email = "kt-verify-" + UUID.randomUUID() + "@test.qcommons.example";
        Registration r = new Registration();
        r.setFullName("Page Verifier");
        r.setEmail(email);
        r.setPassword(NewAccounts.PASSWORD);
        r.setOrganisation(organisations.organisations().getFirst());
        r.setConfirmsMembership(true);
        accountService.requestToJoin(r, "203.0.113.77");
        await().atMost(Duration.ofSeconds(20))
                .until(() -> TestMail.subjectsTo(email).contains("Q Commons: Confirm your email address"));
        Matcher link = Pattern.compile("/verify-email/([A-Za-z0-9_-]+)")
                .matcher(TestMail.to(email).getLast().getContent().toString());
        assertThat(link.find()).isTrue();
        String token = link.group(1);

        anonymous();
        VerifyEmailView view = navigateTo("verify-email/" + token, VerifyEmailView.class);
        assertThat(status(email)).isEqualTo("UNVERIFIED");
        _click(view.confirm);
        assertThat(view.result.getText()).isEqualTo(VerifyEmailView.CONFIRMED);
        assertThat(status(email)).isEqualTo("PENDING");

        navigateTo("verify-email/" + token, VerifyEmailView.class);
        assertThat(_find(Paragraph.class).stream().map(Paragraph::getText))
                .anyMatch(t -> t.startsWith("This link has expired or has already been used"));
    }

    private String status(String email) {
        return jdbc.queryForObject("select status from member where email = ?", String.class, email);
    }
}
