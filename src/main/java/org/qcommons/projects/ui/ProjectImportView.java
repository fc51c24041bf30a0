package org.qcommons.projects.ui;

import static org.qcommons.projects.ui.Wording.t;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.qcommons.base.BusinessException;
import org.qcommons.base.Words;
import org.qcommons.base.security.Role;
import org.qcommons.base.ui.LimitedUpload;
import org.qcommons.base.ui.UserMessages;
import org.qcommons.projects.CsvImportReport;
import org.qcommons.projects.CsvProblem;
import org.qcommons.projects.ProjectCsvService;

/**
 * ADMIN import of projects from a spreadsheet. The file is checked row by row first; a file with problems imports
 * nothing unless the ADMIN ticks "import only the valid rows" and confirms.
 */
@Route("projects/import")
@Menu(order = 91, icon = "vaadin:upload", title = "Import projects")
@RolesAllowed(Role.ADMIN_ROLE)
public class ProjectImportView extends VerticalLayout implements HasDynamicTitle {

    static final int MAX_BYTES = 5 * 1024 * 1024;
    final Grid<CsvProblem> problems = new Grid<>(CsvProblem.class, false);
    final Paragraph summary = new Paragraph();
    final Checkbox onlyValid = new Checkbox();
    final Button importButton = new Button(t("import.import"));
    private final ProjectCsvService csv;
    private byte[] file;
    CsvImportReport report;

    public ProjectImportView(ProjectCsvService csv) {
        this.csv = csv;
        Grid<Map.Entry<String, String>> columns = new Grid<>();
        columns.addColumn(Map.Entry::getKey).setHeader(t("import.column")).setAutoWidth(true);
        columns.addColumn(Map.Entry::getValue).setHeader(t("import.whatToPut"));
        columns.setItems(ProjectCsvService.COLUMNS.stream()
                .map(c -> Map.entry(c, ProjectCsvService.COLUMN_HELP.get(c)))
                .toList());
        columns.setAllRowsVisible(true);
        Anchor template = new Anchor(
                DownloadHandler.fromInputStream(event -> {
                    byte[] bytes = csv.template().getBytes(StandardCharsets.UTF_8);
                    return new DownloadResponse(
                            new ByteArrayInputStream(bytes), "projects-template.csv", "text/csv", bytes.length);
                }),
                t("import.template"));
        template.getElement().setAttribute("download", true);

        Upload upload = new Upload(new LimitedUpload(MAX_BYTES, t("import.tooLarge"), this::received));
        upload.setAcceptedFileTypes("text/csv", ".csv");
        upload.setMaxFileSize(MAX_BYTES);
        upload.setMaxFiles(1);
        // The summary names the file checked; clearing the list lets a corrected file replace it straight away.
        upload.addAllFinishedListener(e -> upload.clearFileList());
        upload.addFileRejectedListener(e -> UserMessages.showError(new BusinessException(t("import.tooLarge"))));

        problems.addColumn(CsvProblem::row)
                .setHeader(t("import.row"))
                .setKey("row")
                .setWidth("6rem")
                .setFlexGrow(0);
        problems.addColumn(CsvProblem::column)
                .setHeader(t("import.column"))
                .setKey("column")
                .setAutoWidth(true);
        problems.addColumn(CsvProblem::problem).setHeader(t("import.problem")).setKey("problem");
        // A problem is a sentence: shown in full, wrapped, not cut at the column edge.
        problems.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        problems.setVisible(false);
        problems.setAllRowsVisible(true);
        onlyValid.setVisible(false);
        onlyValid.addValueChangeListener(e -> updateButton());
        importButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        importButton.setEnabled(false);
        importButton.addClickListener(e -> confirmImport());

        add(
                new H2(t("import.heading")),
                new Paragraph(t("import.intro")),
                new Details(t("import.columns"), columns),
                template,
                upload,
                summary,
                problems,
                onlyValid,
                importButton);
    }

    void received(String fileName, byte[] data) {
        file = data;
        report = csv.check(new ByteArrayInputStream(data));
        problems.setItems(report.problems());
        problems.setVisible(!report.problems().isEmpty());
        if (report.clean()) {
            summary.setText(Words.get("import.clean", fileName, report.dataRows()));
        } else if (report.dataRows() == 0 && report.problems().isEmpty()) {
            summary.setText(t("import.noRows", fileName));
        } else {
            summary.setText(Words.get(
                            "import.summary",
                            fileName,
                            report.dataRows(),
                            report.problems().size(),
                            report.dataRows() - report.validRows())
                    + " "
                    + Words.get(report.validRows() > 0 ? "import.summary.fix" : "import.summary.fixAll"));
        }
        onlyValid.setValue(false);
        onlyValid.setLabel(Words.get("import.onlyValid", report.validRows()));
        onlyValid.setVisible(!report.clean() && report.validRows() > 0);
        updateButton();
    }

    private void updateButton() {
        importButton.setEnabled(report != null && (report.clean() || (onlyValid.getValue() && report.validRows() > 0)));
    }

    private void confirmImport() {
        boolean partial = !report.clean();
        ConfirmDialog confirm = new ConfirmDialog(
                t("import.confirm", report.validRows()),
                partial ? t("import.confirmPartial", report.dataRows() - report.validRows()) : t("import.confirmClean"),
                t("import.import"),
                e -> runImport(partial));
        confirm.setCancelable(true);
        confirm.open();
    }

    void runImport(boolean partial) {
        try {
            int created = csv.importProjects(new ByteArrayInputStream(file), partial);
            UserMessages.showSuccess(t("import.imported", created));
            summary.setText(t("import.importedSentence", created));
            report = null;
            file = null;
            onlyValid.setVisible(false);
            problems.setVisible(false);
            updateButton();
        } catch (RuntimeException ex) {
            UserMessages.showError(ex);
        }
    }

    @Override
    public String getPageTitle() {
        return t("import.pageTitle");
    }
}
