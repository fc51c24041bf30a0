package org.qcommons.security.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.qcommons.base.config.DisplayZone;
import org.qcommons.base.security.Role;
import org.qcommons.base.ui.PhoneGrids;
import org.qcommons.people.Member;
import org.qcommons.people.MemberService;
import org.qcommons.security.RoleAdministration;
import org.qcommons.security.RoleChange;

/** Who holds which role, the latest changes, and a search to open any member's page and change their roles. */
@Route("admin/roles")
@PageTitle("Roles | Q Commons")
@Menu(order = 91, icon = "vaadin:key", title = "Roles")
@RolesAllowed(Role.ADMIN_ROLE)
public class RolesView extends VerticalLayout {

    final ComboBox<Member> find = new ComboBox<>("Find a member to change their roles");
    final Grid<RoleChange> changes = new Grid<>(RoleChange.class, false);

    public RolesView(RoleAdministration roles, MemberService members) {
        setMaxWidth("70rem");
        add(new H2("Roles"));
        find.setItems(q -> members.searchAll(q.getFilter().orElse(""), null, q.getLimit() + q.getOffset()).stream()
                .skip(q.getOffset())
                .limit(q.getLimit()));
        find.setItemLabelGenerator(m -> m.getFullName() + " (" + m.getEmail() + ")");
        find.setWidth("min(100%, 30rem)");
        find.setHelperText("Search by name or email, then change their roles on their page");
        find.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                find.getUI()
                        .ifPresent(ui -> ui.navigate("people/" + e.getValue().getId()));
            }
        });
        add(find);
        for (Role role : RoleAdministration.GRANTABLE) {
            List<Member> holders = roles.holders(role);
            add(new H3(role.label() + "s (" + holders.size() + ")"));
            if (holders.isEmpty()) {
                add(new Paragraph("No one yet."));
                continue;
            }
            UnorderedList list = new UnorderedList();
            holders.forEach(m -> list.add(new ListItem(new Anchor("people/" + m.getId(), m.getFullName()))));
            add(list);
        }
        add(new H3("Latest changes"));
        changes.addColumn(c -> RolesPanel.WHEN.withZone(DisplayZone.get()).format(c.getChangedAt()))
                .setHeader("When")
                .setAutoWidth(true);
        changes.addColumn(c -> c.getMember().getFullName()).setHeader("Member").setAutoWidth(true);
        changes.addColumn(c -> (c.isGranted() ? "Granted " : "Revoked ") + c.describe())
                .setHeader("Change");
        changes.addColumn(RoleChange::getChangedBy).setHeader("By");
        changes.addColumn(RoleChange::getReason).setHeader("Why");
        PhoneGrids.stackOnPhones(
                changes,
                "Change",
                c -> PhoneGrids.card(
                        c.getMember().getFullName() + ": " + (c.isGranted() ? "granted " : "revoked ") + c.describe(),
                        RolesPanel.WHEN.withZone(DisplayZone.get()).format(c.getChangedAt()) + " by "
                                + c.getChangedBy(),
                        c.getReason()));
        changes.setItems(roles.latestChanges(200));
        changes.setAllRowsVisible(true);
        add(changes);
    }
}
