package org.qcommons.people.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Arrays;
import java.util.Locale;
import org.qcommons.base.security.Role;
import org.qcommons.base.ui.PhoneGrids;
import org.qcommons.organisations.OrganisationService;
import org.qcommons.people.Member;
import org.qcommons.people.MemberAdministration;
import org.qcommons.people.MemberMerges;
import org.qcommons.people.MemberService;
import org.qcommons.people.MemberStatus;

/**
 * An ADMIN's search over every member, whatever their status or consent. Deactivation and roles are on the member's
 * own page; moving to another organisation is here.
 */
@Route("admin/members")
@PageTitle("All members | Q Commons")
@Menu(order = 89, icon = "vaadin:users", title = "All members")
@RolesAllowed(Role.ADMIN_ROLE)
public class MembersAdminView extends VerticalLayout {

    static final int MAX = 200;
    final TextField search = new TextField();
    final ComboBox<MemberStatus> status = new ComboBox<>("Status");
    final Grid<Member> grid = new Grid<>(Member.class, false);
    private final MemberService members;

    public MembersAdminView(
            MemberService members, MemberAdministration admin, MemberMerges merges, OrganisationService organisations) {
        this.members = members;
        setSizeFull();
        search.setLabel("Name or email");
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(e -> refresh());
        status.setItems(MemberStatus.values());
        status.setItemLabelGenerator(
                s -> s.name().charAt(0) + s.name().substring(1).toLowerCase(Locale.UK));
        status.setClearButtonVisible(true);
        status.setPlaceholder("Any");
        status.addValueChangeListener(e -> refresh());
        grid.addComponentColumn(m -> new Anchor("people/" + m.getId(), m.getFullName()))
                .setHeader("Name")
                .setAutoWidth(true);
        grid.addColumn(Member::getEmail).setHeader("Email").setAutoWidth(true);
        grid.addColumn(m ->
                        m.getOrganisation() == null ? "" : m.getOrganisation().getName())
                .setHeader("Organisation");
        grid.addColumn(m -> status.getItemLabelGenerator().apply(m.getStatus())).setHeader("Status");
        grid.addComponentColumn(m -> move(m, admin, organisations))
                .setHeader("Organisation change")
                .setAutoWidth(true);
        grid.addComponentColumn(m -> merge(m, merges)).setHeader("Duplicate").setAutoWidth(true);
        PhoneGrids.stackOnPhones(
                grid,
                "Member",
                m -> PhoneGrids.card(
                        new Anchor("people/" + m.getId(), m.getFullName()),
                        Arrays.asList(
                                m.getEmail(),
                                m.getOrganisation() == null
                                        ? ""
                                        : m.getOrganisation().getName(),
                                status.getItemLabelGenerator().apply(m.getStatus())),
                        new HorizontalLayout(move(m, admin, organisations), merge(m, merges))));
        HorizontalLayout filters = new HorizontalLayout(search, status);
        filters.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        add(new H2("All members"), filters, grid);
        refresh();
    }

    private Button move(Member m, MemberAdministration admin, OrganisationService organisations) {
        Button move = new Button(
                "Move",
                e -> new MoveMemberDialog(m, organisations.currentOrganisations(), admin, this::refresh).open());
        move.addThemeVariants(ButtonVariant.LUMO_SMALL);
        move.setAriaLabel("Move " + m.getFullName() + " to another organisation");
        return move;
    }

    private Button merge(Member m, MemberMerges merges) {
        Button merge = new Button("Merge…", e -> new MergeMembersDialog(m, members, merges, this::refresh).open());
        merge.addThemeVariants(ButtonVariant.LUMO_SMALL);
        merge.setAriaLabel("Merge " + m.getFullName() + " into another record of the same person");
        merge.setEnabled(m.getMergedInto() == null);
        return merge;
    }

    void refresh() {
        grid.setItems(members.searchAll(search.getValue(), status.getValue(), MAX));
    }
}
