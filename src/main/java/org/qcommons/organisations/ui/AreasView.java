package org.qcommons.organisations.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.qcommons.base.security.Role;
import org.qcommons.base.ui.PhoneGrids;
import org.qcommons.base.ui.UserMessages;
import org.qcommons.organisations.OrganisationAdministration;
import org.qcommons.organisations.OrganisationService;
import org.qcommons.organisations.Region;
import org.qcommons.organisations.Stp;

/** Regions and their STPs or ICSs: add, rename (the old name is kept) and retire, moving what used them. */
@Route("admin/areas")
@PageTitle("Regions and areas | Q Commons")
@Menu(order = 94, icon = "vaadin:map-marker", title = "Regions and areas")
@RolesAllowed(Role.ADMIN_ROLE)
public class AreasView extends VerticalLayout {

    final Grid<Region> regions = new Grid<>(Region.class, false);
    final Grid<Stp> areas = new Grid<>(Stp.class, false);
    final Button addRegion = new Button("Add a region");
    final Button addArea = new Button("Add an STP or ICS");
    private final OrganisationService organisations;
    private final OrganisationAdministration admin;

    public AreasView(OrganisationService organisations, OrganisationAdministration admin) {
        this.organisations = organisations;
        this.admin = admin;
        setMaxWidth("80rem");
        regions.addColumn(Region::getName).setHeader("Region").setAutoWidth(true);
        regions.addColumn(r -> r.getFormerNames() == null ? "" : r.getFormerNames())
                .setHeader("Former names");
        regions.addColumn(r -> r.isRetired() ? "Retired" : "").setHeader("Status");
        regions.addComponentColumn(this::regionActions).setHeader("Actions").setAutoWidth(true);
        PhoneGrids.stackOnPhones(
                regions,
                "Region",
                r -> PhoneGrids.card(
                        regionActions(r),
                        r.getName(),
                        r.getFormerNames() == null ? "" : "Former names: " + r.getFormerNames(),
                        r.isRetired() ? "Retired" : ""));
        regions.setAllRowsVisible(true);
        areas.addColumn(Stp::getName).setHeader("STP or ICS").setAutoWidth(true);
        areas.addColumn(s -> s.getRegion().getName()).setHeader("Region").setAutoWidth(true);
        areas.addColumn(s -> s.getFormerNames() == null ? "" : s.getFormerNames())
                .setHeader("Former names");
        areas.addColumn(s -> s.isRetired() ? "Retired" : "").setHeader("Status");
        areas.addComponentColumn(this::areaActions).setHeader("Actions").setAutoWidth(true);
        PhoneGrids.stackOnPhones(
                areas,
                "STP or ICS",
                s -> PhoneGrids.card(
                        areaActions(s),
                        s.getName(),
                        s.getRegion().getName(),
                        s.getFormerNames() == null ? "" : "Former names: " + s.getFormerNames(),
                        s.isRetired() ? "Retired" : ""));
        areas.setAllRowsVisible(true);
        addRegion.addClickListener(
                e -> new NameDialog("Add a region", "", name -> admin.createRegion(name), this::refresh).open());
        addArea.addClickListener(e -> new AreaDialog(null, organisations, admin, this::refresh).open());
        addArea.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(
                new H2("Regions and areas"),
                new Paragraph("NHS England replaced STPs with Integrated Care Systems in 2022. Renaming keeps the old "
                        + "name among the former names, so searches still find it; retiring an area in use moves "
                        + "its organisations, members, projects and signatures to the area you choose."),
                new H3("Regions"),
                addRegion,
                regions,
                new H3("STPs and ICSs"),
                addArea,
                areas);
        refresh();
    }

    private HorizontalLayout regionActions(Region r) {
        if (r.isRetired()) {
            return new HorizontalLayout();
        }
        Button rename = small(
                "Rename",
                r.getName(),
                () -> new NameDialog(
                                "Rename " + r.getName(),
                                r.getName(),
                                name -> admin.renameRegion(r.getId(), name),
                                this::refresh)
                        .open());
        Button retire = small("Retire", r.getName(), () -> {
            try {
                admin.retireRegion(r.getId());
                UserMessages.showSuccess(r.getName() + " retired");
            } catch (RuntimeException ex) {
                UserMessages.showError(ex);
            }
            refresh();
        });
        retire.addThemeVariants(ButtonVariant.LUMO_ERROR);
        return new HorizontalLayout(rename, retire);
    }

    private HorizontalLayout areaActions(Stp s) {
        if (s.isRetired()) {
            return new HorizontalLayout();
        }
        Button edit = small("Edit", s.getName(), () -> new AreaDialog(s, organisations, admin, this::refresh).open());
        Button retire =
                small("Retire", s.getName(), () -> new RetireAreaDialog(s, organisations, admin, this::refresh).open());
        retire.addThemeVariants(ButtonVariant.LUMO_ERROR);
        return new HorizontalLayout(edit, retire);
    }

    private static Button small(String text, String name, Runnable action) {
        Button b = new Button(text, e -> action.run());
        b.addThemeVariants(ButtonVariant.LUMO_SMALL);
        b.setAriaLabel(text + " " + name);
        return b;
    }

    void refresh() {
        regions.setItems(organisations.regions());
        areas.setItems(organisations.stps());
    }
}
