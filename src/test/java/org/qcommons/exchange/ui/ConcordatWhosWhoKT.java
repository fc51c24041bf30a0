package org.qcommons.exchange.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.textfield.TextArea;
import org.junit.jupiter.api.Test;
import org.qcommons.base.security.Role;
import org.qcommons.exchange.ExchangeFixtures;
import org.qcommons.testsupport.Fields;
import org.qcommons.testsupport.KaribuTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The public who's who: signatories with their coordinators; an ADMIN ends a signature with a reason. */
class ConcordatWhosWhoKT extends KaribuTest {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void anyoneSeesEachSignatorysCoordinatorsAndAnAdminEndsASignatureWithAReason() {
        var fx = new ExchangeFixtures(applicationContext);
        var lender = fx.newLender(7);
        String name = lender.org().getName();
        String coordinatorName =
                jdbc.queryForObject("SELECT full_name FROM member WHERE email = ?", String.class, lender.coordinator());

        anonymous();
        ConcordatView view = navigateTo("concordat", ConcordatView.class);
        assertThat(_find(view.signatories, ListItem.class).stream()
                        .map(li -> li.getElement().getTextRecursively())
                        .filter(t -> t.contains(name)))
                .anySatisfy(t -> assertThat(t)
                        .contains("coordinators: " + coordinatorName)
                        .contains("lends up to 7 days a quarter")
                        .doesNotContain("@"));

        signInAs(Role.ADMIN);
        view = navigateTo("concordat", ConcordatView.class);
        String label = "End " + name + "'s signature";
        _click(_find(view.signatories, Button.class).stream()
                .filter(b -> label.equals(b.getElement().getAttribute("aria-label")))
                .findFirst()
                .orElseThrow());
        Dialog dialog = _get(Dialog.class);
        Button confirm = _get(dialog, Button.class, spec -> spec.withText("End signature"));
        _click(confirm);
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM concordat_signatory WHERE organisation_id = ?",
                        Long.class,
                        lender.org().getId()))
                .as("no reason, nothing ended")
                .isEqualTo(1);
        Fields.setValue(_get(dialog, TextArea.class), "Withdrew after the merger");
        _click(confirm);
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM concordat_signatory WHERE organisation_id = ?",
                        Long.class,
                        lender.org().getId()))
                .isZero();
        // The ending is in the signature's history: a deletion revision that keeps the organisation it ended.
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM concordat_signatory_aud WHERE revtype = 2 AND organisation_id = ?",
                        Long.class,
                        lender.org().getId()))
                .isEqualTo(1);
    }
}
