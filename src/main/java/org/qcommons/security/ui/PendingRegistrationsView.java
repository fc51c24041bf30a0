package org.qcommons.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.RolesAllowed;
import java.time.format.DateTimeFormatter;
import org.qcommons.base.config.DisplayZone;
import org.qcommons.base.security.Role;
import org.qcommons.base.ui.PhoneGrids;
import org.qcommons.base.ui.UserMessages;
import org.qcommons.people.Member;
import org.qcommons.people.MemberService;
import org.qcommons.security.AccountService;

@Route("admin/registrations")
@PageTitle("Requests to join | Q Commons")
@Menu(order = 90, icon = "vaadin:user-check", title = "Requests to join")
@RolesAllowed(Role.ADMIN_ROLE)
public class PendingRegistrationsView extends VerticalLayout {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm");

    final Grid<Member> grid = new Grid<>(Member.class, false);
    private final MemberService members;
    private final AccountService accounts;
    private final Paragraph empty = new Paragraph("No one is waiting for approval.");

    public PendingRegistrationsView(MemberService members, AccountService accounts) {
        this.members = members;
        this.accounts = accounts;
        setSizeFull();
        grid.addColumn(Member::getFullName).setHeader("Name").setAutoWidth(true);
        grid.addColumn(Member::getEmail).setHeader("Email").setAutoWidth(true);
        grid.addColumn(m ->
                        m.getOrganisation() == null ? "" : m.getOrganisation().getName())
                .setHeader("Organisation");
        grid.addColumn(Member::getProfession).setHeader("Profession");
        grid.addColumn(m -> m.isPatientOrCarer() ? "Yes" : "").setHeader("Patient or carer");
        grid.addColumn(m -> WHEN.withZone(DisplayZone.get()).format(m.getCreatedAt()))
                .setHeader("Asked");
        grid.addComponentColumn(this::actions)
                .setHeader("Decision")
                .setKey("decision")
                .setAutoWidth(true);
        PhoneGrids.stackOnPhones(
                grid,
                "Request to join",
                m -> PhoneGrids.card(
                        actions(m),
                        m.getFullName(),
                        m.getEmail(),
                        m.getOrganisation() == null ? "" : m.getOrganisation().getName(),
                        m.getProfession(),
                        m.isPatientOrCarer() ? "Patient or carer" : "",
                        "Asked " + WHEN.withZone(DisplayZone.get()).format(m.getCreatedAt())));
        grid.setItems(q -> members.pending(VaadinSpringDataHelpers.toSpringPageRequest(q)).stream());
        add(new H2("Requests to join"), empty, grid);
        refresh();
    }

    private HorizontalLayout actions(Member m) {
        Button approve =
                new Button("Approve", e -> act(() -> accounts.approve(m.getId()), m.getFullName() + " approved"));
        approve.addThemeVariants(ButtonVariant.LUMO_SUCCESS, ButtonVariant.LUMO_SMALL);
        approve.setAriaLabel("Approve " + m.getFullName());
        Button reject = new Button("Reject", e -> {
            ConfirmDialog confirm = new ConfirmDialog(
                    "Reject " + m.getFullName() + "?",
                    "They will not be able to sign in. This cannot be undone from this list.",
                    "Reject",
                    ok -> act(() -> accounts.reject(m.getId()), m.getFullName() + " rejected"));
            confirm.setCancelable(true);
            confirm.setConfirmButtonTheme("error primary");
            confirm.open();
        });
        reject.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_SMALL);
        reject.setAriaLabel("Reject " + m.getFullName());
        return new HorizontalLayout(approve, reject);
    }

    private void act(Runnable action, String done) {
        try {
            action.run();
            UserMessages.showSuccess(done);
        } catch (RuntimeException ex) {
            UserMessages.showError(ex);
        }
        refresh();
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
        boolean none = members.countPending() == 0;
        empty.setVisible(none);
        grid.setVisible(!none);
    }
}
