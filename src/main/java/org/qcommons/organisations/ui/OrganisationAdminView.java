package org.qcommons.organisations.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Locale;
import org.qcommons.base.security.Role;
import org.qcommons.base.ui.PhoneGrids;
import org.qcommons.base.ui.UserMessages;
import org.qcommons.organisations.Organisation;
import org.qcommons.organisations.OrganisationAdministration;
import org.qcommons.organisations.OrganisationService;
import org.qcommons.organisations.OrganisationType;

/** An ADMIN's list of organisations: add, edit, retire and merge. */
@Route("admin/organisations")
@PageTitle("Manage organisations | Q Commons")
@Menu(order = 92, icon = "vaadin:building", title = "Manage organisations")
@RolesAllowed(Role.ADMIN_ROLE)
public class OrganisationAdminView extends VerticalLayout {

    final Grid<Organisation> grid = new Grid<>(Organisation.class, false);
    final TextField filter = new TextField();
    final Button add = new Button("Add an organisation");
    private final OrganisationService organisations;
    private final OrganisationAdministration admin;

    public OrganisationAdminView(OrganisationService organisations, OrganisationAdministration admin) {
        this.organisations = organisations;
        this.admin = admin;
        setSizeFull();
        filter.setPlaceholder("Filter by name or ODS code");
        filter.setAriaLabel("Filter organisations by name or ODS code");
        filter.setValueChangeMode(ValueChangeMode.LAZY);
        filter.addValueChangeListener(e -> refresh());
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.setId("organisation-add");
        add.addClickListener(e -> new OrganisationDialog(
                        new Organisation("", OrganisationType.OTHER, null), admin, organisations, this::refresh)
                .open());
        grid.addColumn(Organisation::getName)
                .setHeader("Name")
                .setAutoWidth(true)
                .setFlexGrow(1);
        grid.addColumn(Organisation::getOdsCode).setHeader("ODS code").setAutoWidth(true);
        grid.addColumn(o -> o.getStp().getName()).setHeader("STP or ICS").setAutoWidth(true);
        grid.addColumn(OrganisationAdminView::status).setHeader("Status");
        grid.addComponentColumn(this::actions).setHeader("Actions").setAutoWidth(true);
        PhoneGrids.stackOnPhones(
                grid,
                "Organisation",
                o -> PhoneGrids.card(
                        actions(o), o.getName(), o.getOdsCode(), o.getStp().getName(), status(o)));
        Anchor importLink = new Anchor("admin/organisations/import", "Import from a CSV file");
        add(new H2("Manage organisations"), new HorizontalLayout(filter, add, importLink), grid);
        refresh();
    }

    private static String status(Organisation o) {
        if (!o.isRetired()) {
            return "";
        }
        return "Retired"
                + (o.getSuccessor() == null
                        ? ""
                        : ", merged into " + o.getSuccessor().getName());
    }

    private HorizontalLayout actions(Organisation o) {
        HorizontalLayout row = new HorizontalLayout();
        if (o.isRetired()) {
            return row;
        }
        Button edit = small("Edit", o, () -> new OrganisationDialog(o, admin, organisations, this::refresh).open());
        Button merge = small(
                "Merge",
                o,
                () -> new MergeDialog(o, organisations.currentOrganisations(), admin, this::refresh).open());
        Button retire = small("Retire", o, () -> confirmRetire(o));
        retire.addThemeVariants(ButtonVariant.LUMO_ERROR);
        row.add(edit, merge, retire);
        return row;
    }

    private void confirmRetire(Organisation o) {
        List<String> uses = admin.usesOf(o.getId());
        ConfirmDialog confirm = new ConfirmDialog(
                "Retire " + o.getName() + "?",
                uses.isEmpty()
                        ? "It will no longer be offered when people join or invite. Nothing uses it."
                        : "It still has " + String.join(", ", uses) + ": merge it into its successor instead.",
                "Retire",
                ok -> {
                    try {
                        admin.retire(o.getId());
                        UserMessages.showSuccess(o.getName() + " retired");
                    } catch (RuntimeException ex) {
                        UserMessages.showError(ex);
                    }
                    refresh();
                });
        confirm.setCancelable(true);
        confirm.setConfirmButtonTheme("error primary");
        confirm.open();
    }

    private static Button small(String text, Organisation o, Runnable action) {
        Button b = new Button(text, e -> action.run());
        b.addThemeVariants(ButtonVariant.LUMO_SMALL);
        b.setAriaLabel(text + " " + o.getName());
        return b;
    }

    void refresh() {
        String f = filter.getValue().trim().toLowerCase(Locale.UK);
        grid.setItems(organisations.organisations().stream()
                .filter(o -> f.isEmpty()
                        || o.getName().toLowerCase(Locale.UK).contains(f)
                        || (o.getOdsCode() != null
                                && o.getOdsCode().toLowerCase(Locale.UK).contains(f)))
                .toList());
    }
}
