package org.qcommons.organisations.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.server.streams.UploadHandler;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.qcommons.base.BusinessException;
import org.qcommons.base.security.Role;
import org.qcommons.base.ui.UserMessages;
import org.qcommons.organisations.OrganisationImport;
import org.qcommons.organisations.OrganisationImport.Layout;
import org.qcommons.organisations.OrganisationImport.Problem;
import org.qcommons.organisations.OrganisationImport.Report;
import org.qcommons.organisations.OrganisationService;
import org.qcommons.organisations.OrganisationType;
import org.qcommons.organisations.Stp;

/** Imports organisations from an ODS "etr" file or the template, with the same row-by-row report as projects. */
@Route("admin/organisations/import")
@PageTitle("Import organisations | Q Commons")
@RolesAllowed(Role.ADMIN_ROLE)
public class OrganisationImportView extends VerticalLayout {

    final RadioButtonGroup<Layout> layout = new RadioButtonGroup<>("File layout");
    final ComboBox<Stp> area = new ComboBox<>("ICS for every row (ODS layout)");
    final ComboBox<OrganisationType> type = new ComboBox<>("Type for every row (ODS layout)");
    final Grid<Problem> problems = new Grid<>(Problem.class, false);
    final Paragraph summary = new Paragraph();
    final Checkbox onlyValid = new Checkbox();
    final Button importButton = new Button("Import");
    private final OrganisationImport importer;
    Report report;

    public OrganisationImportView(OrganisationImport importer, OrganisationService organisations) {
        this.importer = importer;
        setMaxWidth("60rem");
        layout.setItems(Layout.values());
        layout.setItemLabelGenerator(l -> l == Layout.ODS_ETR ? "NHS ODS (etr.csv, no header)" : "The template");
        layout.setValue(Layout.ODS_ETR);
        area.setItems(organisations.stps().stream().filter(s -> !s.isRetired()).toList());
        area.setItemLabelGenerator(Stp::getName);
        type.setItems(OrganisationType.values());
        type.setItemLabelGenerator(OrganisationType::label);
        type.setValue(OrganisationType.ACUTE_TRUST);
        layout.addValueChangeListener(e -> {
            area.setVisible(e.getValue() == Layout.ODS_ETR);
            type.setVisible(e.getValue() == Layout.ODS_ETR);
        });
        Anchor template = new Anchor(
                DownloadHandler.fromInputStream(event -> {
                    byte[] bytes = OrganisationImport.TEMPLATE.getBytes(StandardCharsets.UTF_8);
                    return new DownloadResponse(
                            new ByteArrayInputStream(bytes), "organisations-template.csv", "text/csv", bytes.length);
                }),
                "Download the template");
        template.getElement().setAttribute("download", true);
        Upload upload = new Upload(UploadHandler.inMemory((metadata, data) -> received(metadata.fileName(), data)));
        upload.setAcceptedFileTypes("text/csv", ".csv");
        upload.setMaxFileSize(5 * 1024 * 1024);
        upload.setMaxFiles(1);
        // The summary names the file checked; clearing the list lets a corrected file replace it straight away.
        upload.addAllFinishedListener(e -> upload.clearFileList());
        upload.addFileRejectedListener(
                e -> UserMessages.showError(new BusinessException("Upload a .csv file of 5 MB or less.")));
        problems.addColumn(Problem::row).setHeader("Row").setWidth("6rem").setFlexGrow(0);
        problems.addColumn(Problem::problem).setHeader("Problem");
        problems.setAllRowsVisible(true);
        // A problem is a sentence: shown in full, wrapped, not cut at the column edge.
        problems.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        problems.setVisible(false);
        onlyValid.setVisible(false);
        onlyValid.addValueChangeListener(e -> updateButton());
        importButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        importButton.setEnabled(false);
        importButton.addClickListener(e -> confirmImport());
        add(
                new H2("Import organisations"),
                new Paragraph("Upload the NHS Organisation Data Service's etr.csv (organisation code, name, "
                        + "grouping, address, postcode, open and close dates) or the template. Every row is checked "
                        + "before anything is saved; closed organisations are reported, not imported."),
                new FormLayout(layout, area, type),
                template,
                upload,
                summary,
                problems,
                onlyValid,
                importButton);
    }

    void received(String fileName, byte[] data) {
        try {
            report =
                    importer.check(new ByteArrayInputStream(data), layout.getValue(), area.getValue(), type.getValue());
        } catch (RuntimeException ex) {
            UserMessages.showError(ex);
            return;
        }
        problems.setItems(report.problems());
        problems.setVisible(!report.problems().isEmpty());
        summary.setText(
                report.clean()
                        ? fileName + ": " + report.dataRows() + " rows, no problems. Ready to import."
                        : fileName + ": " + report.dataRows() + " rows, "
                                + report.problems().size()
                                + " problems. Nothing will be imported until they are fixed.");
        onlyValid.setValue(false);
        onlyValid.setLabel("Import only the " + report.valid().size() + " valid rows and skip the rest");
        onlyValid.setVisible(!report.clean() && !report.valid().isEmpty());
        updateButton();
    }

    private void updateButton() {
        importButton.setEnabled(report != null
                && (report.clean() || (onlyValid.getValue() && !report.valid().isEmpty())));
    }

    private void confirmImport() {
        boolean partial = !report.clean();
        ConfirmDialog confirm = new ConfirmDialog(
                "Import " + report.valid().size() + " organisations?",
                partial
                        ? (report.dataRows() - report.valid().size()) + " rows with problems will be skipped."
                        : "All rows passed the checks.",
                "Import",
                e -> runImport(partial));
        confirm.setCancelable(true);
        confirm.open();
    }

    void runImport(boolean partial) {
        try {
            int created = importer.importRows(report, partial);
            UserMessages.showSuccess(created + " organisations imported");
            summary.setText(created + " organisations imported.");
            report = null;
            onlyValid.setVisible(false);
            problems.setVisible(false);
            updateButton();
        } catch (RuntimeException ex) {
            UserMessages.showError(ex);
        }
    }
}
