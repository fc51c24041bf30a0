package org.qcommons.projects.ui;

import static org.qcommons.projects.ui.Wording.t;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.qcommons.base.security.Role;
import org.qcommons.base.ui.MergeIntoDialog;
import org.qcommons.base.ui.PhoneGrids;
import org.qcommons.base.ui.UserMessages;
import org.qcommons.projects.QiMethod;
import org.qcommons.projects.TaxonomyAdministration;
import org.qcommons.projects.TaxonomyAdministration.Use;

/** The QI methods projects use (PDSA, SPC, Lean…): add, rename, retire and merge, as for topics. */
@Route("admin/methods")
@Menu(order = 94, icon = "vaadin:tags", title = "QI methods")
@RolesAllowed(Role.ADMIN_ROLE)
public class MethodsView extends VerticalLayout implements HasDynamicTitle {

    final Grid<Use<QiMethod>> grid = new Grid<>();
    final TextField name = new TextField(t("methods.name"));
    final Button save = new Button(t("methods.save"));
    final Button retire = new Button(t("methods.retire"));
    final Button mergeButton = new Button(t("methods.merge"));
    MergeIntoDialog<QiMethod> mergeDialog;
    private final TaxonomyAdministration admin;
    private QiMethod editing;

    public MethodsView(TaxonomyAdministration admin) {
        this.admin = admin;
        name.setMaxLength(100);
        grid.addColumn(u -> u.entry().getName())
                .setHeader(t("methods.method"))
                .setKey("name")
                .setSortable(true);
        grid.addColumn(MethodsView::status).setHeader(t("methods.offered")).setKey("active");
        grid.addColumn(Use::projects)
                .setHeader(t("methods.projects"))
                .setKey("projects")
                .setSortable(true);
        grid.addColumn(u -> u.entry().getFormerNames())
                .setHeader(t("methods.former"))
                .setKey("former");
        PhoneGrids.stackOnPhones(
                grid,
                "Method",
                u -> PhoneGrids.card(
                        u.entry().getName(),
                        "Offered: " + status(u),
                        "Projects: " + u.projects(),
                        TopicsView.formerNames(u.entry().getFormerNames())));
        grid.asSingleSelect()
                .addValueChangeListener(
                        e -> edit(e.getValue() == null ? null : e.getValue().entry()));
        grid.setAllRowsVisible(true);
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());
        retire.addClickListener(e -> toggleActive());
        mergeButton.addClickListener(e -> openMerge());
        add(
                new H2(t("methods.heading")),
                new Paragraph(t("methods.intro")),
                new HorizontalLayout(name, save, new Button(t("methods.new"), e -> edit(null))),
                new HorizontalLayout(retire, mergeButton),
                grid);
        refresh();
        edit(null);
    }

    private static String status(Use<QiMethod> u) {
        if (u.entry().getSuccessor() != null) {
            return t("methods.mergedInto", u.entry().getSuccessor().getName());
        }
        return u.entry().isActive() ? t("methods.yes") : t("methods.retired");
    }

    private void refresh() {
        grid.setItems(admin.methods());
    }

    void edit(QiMethod method) {
        editing = method;
        name.setValue(method == null ? "" : method.getName());
        name.setInvalid(false);
        retire.setEnabled(method != null && method.getSuccessor() == null);
        retire.setText(method != null && !method.isActive() ? t("methods.offerAgain") : t("methods.retire"));
        mergeButton.setEnabled(method != null && method.getSuccessor() == null);
    }

    void save() {
        if (name.getValue().isBlank()) {
            name.setErrorMessage(t("methods.nameMissing"));
            name.setInvalid(true);
            name.focus();
            return;
        }
        try {
            if (editing == null) {
                admin.addMethod(name.getValue());
            } else {
                admin.renameMethod(editing.getId(), editing.getVersion(), name.getValue());
            }
            UserMessages.showSuccess(t("methods.saved"));
            refresh();
            edit(null);
        } catch (RuntimeException e) {
            UserMessages.showError(e);
        }
    }

    private void toggleActive() {
        try {
            admin.setMethodActive(editing.getId(), editing.getVersion(), !editing.isActive());
            refresh();
            edit(null);
        } catch (RuntimeException e) {
            UserMessages.showError(e);
        }
    }

    void openMerge() {
        QiMethod from = editing;
        long uses = admin.methods().stream()
                .filter(u -> u.entry().equals(from))
                .mapToLong(Use::projects)
                .sum();
        mergeDialog = new MergeIntoDialog<>(
                from.getName(),
                uses == 0 ? List.of() : List.of(t("methods.uses", uses)),
                admin.methods().stream()
                        .map(Use::entry)
                        .filter(m -> m.isActive() && !m.equals(from))
                        .toList(),
                QiMethod::getName,
                to -> {
                    admin.mergeMethod(from.getId(), to.getId());
                    refresh();
                    edit(null);
                });
        mergeDialog.open();
    }

    @Override
    public String getPageTitle() {
        return t("methods.pageTitle");
    }
}
