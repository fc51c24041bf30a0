package org.qcommons.testsupport;

import com.github.mvysny.fakeservlet.FakeRequest;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.RouterLayout;
import com.vaadin.flow.server.VaadinServletRequest;
import java.util.Locale;
import kotlin.jvm.functions.Function0;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.qcommons.base.demo.DemoAccounts;
import org.qcommons.base.security.QUser;
import org.qcommons.base.security.Role;
import org.qcommons.security.AccountService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Base for Karibu view tests. Call {@link #signInAs(Role)}, {@link #signInAs(String)} or {@link #anonymous()}
 * first: each sets up a fresh mock UI for that user, then navigate with {@code UI.getCurrent().navigate(...)}.
 */
public abstract class KaribuTest extends IntegrationTestBase {

    private static Routes routes;

    @Autowired
    protected AccountService accountService;

    @BeforeAll
    static void discoverRoutes() {
        if (routes == null) {
            routes = new Routes().autoDiscoverViews("org.qcommons");
        }
    }

    /** Signs in one of the demo accounts that has this role. */
    protected QUser signInAs(Role role) {
        return signInAs(
                switch (role) {
                    case MEMBER -> DemoAccounts.MEMBER;
                    case ORG_COORDINATOR -> DemoAccounts.COORDINATOR;
                    case CONVENOR -> DemoAccounts.CONVENOR;
                    case ADMIN -> DemoAccounts.ADMIN;
                });
    }

    /** Signs in any account by its username (email). */
    protected QUser signInAs(String username) {
        return signInAs(accountService.loadUserByUsername(username));
    }

    /** Signs in a principal a test made itself (a member row without an account). */
    protected QUser signInAs(QUser user) {
        MockVaadin.tearDown();
        var auth = UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
        SecurityContextHolder.getContext().setAuthentication(auth);
        setUpUi();
        FakeRequest request = (FakeRequest) VaadinServletRequest.getCurrent().getRequest();
        request.setUserPrincipalInt(auth);
        request.setUserInRole((principal, role) ->
                user.roles().stream().anyMatch(r -> r.name().equals(role)));
        return user;
    }

    protected void anonymous() {
        MockVaadin.tearDown();
        SecurityContextHolder.clearContext();
        setUpUi();
    }

    private void setUpUi() {
        Function0<UI> uiFactory = UI::new;
        MockVaadin.setup(uiFactory, new MockSpringServlet(routes, applicationContext, uiFactory));
        UI.getCurrent().setLocale(Locale.UK);
    }

    @AfterEach
    void tearDownVaadin() {
        MockVaadin.tearDown();
        SecurityContextHolder.clearContext();
    }

    /** The view now shown, ignoring layouts. */
    protected static Component currentView() {
        var chain = UI.getCurrent().getInternals().getActiveRouterTargetsChain();
        for (int i = chain.size() - 1; i >= 0; i--) {
            if (!(chain.get(i) instanceof RouterLayout)) {
                return (Component) chain.get(i);
            }
        }
        throw new IllegalStateException("No view shown");
    }

    protected static <T extends Component> T navigateTo(String location, Class<T> expected) {
        int q = location.indexOf('?');
        if (q < 0) {
            UI.getCurrent().navigate(location);
        } else {
            UI.getCurrent().navigate(location.substring(0, q), QueryParameters.fromString(location.substring(q + 1)));
        }
        Component view = currentView();
        if (!expected.isInstance(view)) {
            throw new AssertionError("Expected " + expected.getSimpleName() + " at " + location + " but got "
                    + view.getClass().getSimpleName());
        }
        return expected.cast(view);
    }
}
