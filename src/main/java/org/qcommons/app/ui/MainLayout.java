package org.qcommons.app.ui;

import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.Scroller;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.spring.security.AuthenticationContext;
import org.qcommons.base.security.CurrentUser;
import org.qcommons.base.security.QUser;
import org.qcommons.base.security.Role;
import org.qcommons.base.tasks.MemberTasks;
import org.qcommons.base.ui.LostFocus;
import org.qcommons.notifications.NotificationBroadcaster;
import org.qcommons.notifications.NotificationService;
import org.qcommons.notifications.ui.NotificationBell;
import org.qcommons.organisations.OrganisationService;

/** The shell: navigation built from each view's {@code @Menu}, filtered by what the user may open. */
@Layout
@AnonymousAllowed
public class MainLayout extends AppLayout implements AfterNavigationObserver {

    private boolean navigated;
    private final OrganisationService organisations;

    public MainLayout(
            AuthenticationContext authentication,
            NotificationService notifications,
            NotificationBroadcaster broadcaster,
            MemberTasks tasks,
            OrganisationService organisations) {
        this.organisations = organisations;
        setPrimarySection(Section.DRAWER);
        DrawerToggle toggle = new DrawerToggle();
        toggle.setAriaLabel("Menu");
        H1 title = new H1("Q Commons");
        title.addClassName("app-title");
        HorizontalLayout navbar = new HorizontalLayout(skipLink(), toggle, title);
        navbar.setAlignItems(HorizontalLayout.Alignment.CENTER);
        navbar.setWidthFull();
        navbar.addClassName("app-navbar");
        Div spacer = new Div();
        navbar.add(spacer);
        navbar.setFlexGrow(1, spacer);
        CurrentUser.get()
                .ifPresentOrElse(
                        user -> navbar.add(
                                new NotificationBell(notifications, broadcaster, user), userBox(user, authentication)),
                        () -> navbar.add(new Anchor("login", "Sign in"), new Anchor("register", "Join Q Commons")));
        addToNavbar(navbar);

        Span brand = new Span("Q Commons");
        brand.addClassName("app-brand");
        addToDrawer(brand, new Scroller(nav(CurrentUser.isSignedIn() ? tasks.countMine() : 0)), aboutLinks());
    }

    /**
     * After navigating inside the app by a button, the button is gone and focus with it: start the keyboard at the
     * new view. Not on the first page of a visit, whose first Tab must reach the skip link.
     */
    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        if (navigated) {
            getUI().ifPresent(LostFocus::moveToView);
        }
        navigated = true;
    }

    /**
     * WCAG 2.4.1: the first Tab stop jumps past the header and the navigation to the view. Focus moves in the
     * browser alone (no round trip); the view's element takes focus once, as the starting point for the next Tab.
     */
    private static Anchor skipLink() {
        Anchor skip = new Anchor("#main-content", "Skip to main content");
        skip.addClassName("skip-link");
        skip.setRouterIgnore(true);
        skip.getElement()
                .executeJs("this.addEventListener('click', e => {"
                        + " const view = document.querySelector('vaadin-app-layout > :not([slot])');"
                        + " if (!view) return;"
                        + " e.preventDefault();"
                        + " view.setAttribute('tabindex', '-1');"
                        + " view.classList.add('skip-target');"
                        + " view.focus(); });");
        return skip;
    }

    /** The home entry carries the count of open tasks, so that what waits is visible from every page. */
    private SideNav nav(int openTasks) {
        SideNav nav = new SideNav();
        nav.setLabel("Main");
        for (MenuEntry entry : MenuConfiguration.getMenuEntries()) {
            SideNavItem item = entry.icon() != null
                    ? new SideNavItem(entry.title(), entry.path(), iconFor(entry.icon()))
                    : new SideNavItem(entry.title(), entry.path());
            if (openTasks > 0 && (entry.path().isEmpty() || entry.path().equals("/"))) {
                Span count = new Span(String.valueOf(openTasks));
                count.getElement().getThemeList().add("badge pill small primary");
                count.getElement().setAttribute("aria-label", openTasks + " open tasks");
                count.setId("open-task-count");
                item.setSuffixComponent(count);
            }
            nav.addItem(item);
        }
        return nav;
    }

    /** The statements every public-sector service links from every page. */
    private static Div aboutLinks() {
        Div links = new Div(new Anchor("accessibility", "Accessibility"), new Anchor("privacy", "Privacy"));
        links.addClassName("app-about-links");
        links.getStyle()
                .set("display", "flex")
                .set("gap", "var(--lumo-space-m)")
                .set("padding", "var(--lumo-space-m)");
        return links;
    }

    private static Icon iconFor(String name) {
        String[] parts = name.split(":");
        return parts.length == 2 ? new Icon(parts[0], parts[1]) : new Icon(name);
    }

    private HorizontalLayout userBox(QUser user, AuthenticationContext authentication) {
        Span name = new Span(user.displayName());
        name.addClassName("app-user-name");
        HorizontalLayout badges = new HorizontalLayout();
        badges.setSpacing(false);
        badges.addClassName("app-role-badges");
        for (Role role : user.roles()) {
            if (role != Role.MEMBER) {
                // A coordinator acts for one organisation: the header says which (issue 24).
                String label = role == Role.ORG_COORDINATOR
                        ? organisations
                                .organisation(user.coordinatorForId())
                                .map(org -> "Coordinator, " + org.getName())
                                .orElse(role.label())
                        : role.label();
                Span badge = new Span(label);
                badge.getElement().setAttribute("title", label);
                badge.getElement().getThemeList().add("badge contrast small");
                badges.add(badge);
            }
        }
        Button logout = new Button("Sign out", e -> authentication.logout());
        logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        HorizontalLayout box = new HorizontalLayout(name, badges, logout);
        box.setAlignItems(HorizontalLayout.Alignment.CENTER);
        return box;
    }
}
