package org.qcommons.exchange.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.qcommons.base.security.Role;
import org.qcommons.exchange.ExchangeFixtures;
import org.qcommons.exchange.ExpertiseRequest;
import org.qcommons.testsupport.Fields;
import org.qcommons.testsupport.KaribuTest;

class RequestEditorViewKT extends KaribuTest {

    @Test
    void membersCannotPostRequests() {
        signInAs(Role.MEMBER);
        assertThatThrownBy(() -> UI.getCurrent().navigate("exchange/requests/new"))
                .isInstanceOf(MockAccessDeniedException.class);
    }

    @Test
    void badInputGetsAMessageOnTheFieldAndNothingIsSaved() {
        signInAs(Role.ORG_COORDINATOR);
        RequestEditorView view = navigateTo("exchange/requests/new", RequestEditorView.class);
        Fields.setValue(view.title, "");
        _click(view.save);
        assertThat(view.title.isInvalid()).isTrue();
        assertThat(view.title.getErrorMessage()).isEqualTo("Enter a title");
        assertThat(view.description.getErrorMessage()).isEqualTo("Describe the work");

        Fields.setValue(view.title, "Valid title " + ExchangeFixtures.next());
        Fields.setValue(view.description, "Something useful");
        Fields.setValue(view.startsOn, LocalDate.now().plusMonths(2));
        Fields.setValue(view.endsOn, LocalDate.now().plusMonths(1));
        _click(view.save);
        assertThat(view.endsOn.isInvalid()).isTrue();

        Fields.setValue(view.endsOn, LocalDate.now().plusMonths(3));
        Fields.setValue(view.remote, false);
        Fields.setValue(view.location, "");
        _click(view.save);
        assertThat(view.location.isInvalid()).isTrue();

        Fields.setValue(view.remote, true);
        _click(view.save);
        assertThat(view.skill.isInvalid()).isTrue();
        assertThat(view.skill.getErrorMessage()).contains("at least one skill");
        assertThat(currentView()).isInstanceOf(RequestEditorView.class);
    }

    @Test
    void aCoordinatorEditsTheirRequestAndAConcurrentEditIsExplained() {
        ExchangeFixtures fx = new ExchangeFixtures(applicationContext);
        ExpertiseRequest r = fx.newRequest(ExchangeFixtures.HOST_COORDINATOR, fx.testSkill, 2);
        signInAs(ExchangeFixtures.HOST_COORDINATOR);
        RequestEditorView view = navigateTo("exchange/requests/" + r.getId() + "/edit", RequestEditorView.class);
        assertThat(view.title.getValue()).isEqualTo(r.getTitle());

        // Another coordinator of the same organisation saves first.
        fx.as(ExchangeFixtures.HOST_COORDINATOR, () -> {
            ExpertiseRequest other = fx.requests.request(r.getId()).orElseThrow();
            other.setDaysNeeded(5);
            return fx.requests.save(other);
        });
        Fields.setValue(view.daysNeeded, 4);
        _click(view.save);
        assertThat(_find(ConfirmDialog.class)).hasSize(1);
        assertThat(fx.as(
                                ExchangeFixtures.HOST_COORDINATOR,
                                () -> fx.requests.request(r.getId()).orElseThrow())
                        .getDaysNeeded())
                .isEqualTo(5);

        RequestEditorView fresh = navigateTo("exchange/requests/" + r.getId() + "/edit", RequestEditorView.class);
        Fields.setValue(fresh.daysNeeded, 4);
        _click(fresh.save);
        assertThat(currentView()).isInstanceOf(RequestView.class);
        assertThat(fx.as(
                                ExchangeFixtures.HOST_COORDINATOR,
                                () -> fx.requests.request(r.getId()).orElseThrow())
                        .getDaysNeeded())
                .isEqualTo(4);
    }

    @Test
    void anotherOrganisationsCoordinatorCannotEditTheRequest() {
        ExchangeFixtures fx = new ExchangeFixtures(applicationContext);
        ExpertiseRequest r = fx.newRequest(ExchangeFixtures.HOST_COORDINATOR, fx.testSkill, 2);
        signInAs(fx.newLender(null).coordinator());
        UI.getCurrent().navigate("exchange/requests/" + r.getId() + "/edit");
        assertThat(currentView()).isNotInstanceOf(RequestEditorView.class);
    }
}
