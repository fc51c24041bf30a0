package org.qcommons.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
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
import org.qcommons.base.ui.PhoneGrids;
import org.qcommons.base.ui.UserMessages;
import org.qcommons.security.InvitationImport;
import org.qcommons.security.InvitationImport.Invitee;
import org.qcommons.security.InvitationImport.Problem;
import org.qcommons.security.InvitationImport.Report;

/** Invites many members from a CSV (the AHSN's list): every row is checked and shown before anything is sent. */
@Route("admin/invite/import")
@PageTitle("Invite members from a file | Q Commons")
@RolesAllowed(Role.ADMIN_ROLE)
public class BulkInviteView extends VerticalLayout {

    final Grid<Problem> problems = new Grid<>(Problem.class, false);
    final Grid<Invitee> preview = new Grid<>(Invitee.class, false);
    final Paragraph summary = new Paragraph();
    final Checkbox onlyValid = new Checkbox();
    final Button send = new Button("Send the invitations");
    private final InvitationImport importer;
    Report report;

    public BulkInviteView(InvitationImport importer) {
        this.importer = importer;
        setMaxWidth("60rem");
        Anchor template = new Anchor(
                DownloadHandler.fromInputStream(event -> {
                    byte[] bytes = InvitationImport.TEMPLATE.getBytes(StandardCharsets.UTF_8);
                    return new DownloadResponse(
                            new ByteArrayInputStream(bytes), "invitations-template.csv", "text/csv", bytes.length);
                }),
                "Download the template");
        template.getElement().setAttribute("download", true);
        Upload upload = new Upload(UploadHandler.inMemory((metadata, data) -> received(metadata.fileName(), data)));
        upload.setAcceptedFileTypes("text/csv", ".csv");
        upload.setMaxFileSize(2 * 1024 * 1024);
        upload.setMaxFiles(1);
        // The summary names the file checked; clearing the list lets a corrected file replace it straight away.
        upload.addAllFinishedListener(e -> upload.clearFileList());
        upload.addFileRejectedListener(
                e -> UserMessages.showError(new BusinessException("Upload a .csv file of 2 MB or less.")));
        problems.addColumn(Problem::row).setHeader("Row").setWidth("6rem").setFlexGrow(0);
        problems.addColumn(Problem::problem).setHeader("Problem");
        PhoneGrids.stackOnPhones(problems, "Problem", p -> PhoneGrids.card("Row " + p.row(), p.problem()));
        problems.setAllRowsVisible(true);
        // A problem is a sentence: shown in full, wrapped, not cut at the column edge.
        problems.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        problems.setVisible(false);
        preview.addColumn(Invitee::row).setHeader("Row").setWidth("6rem").setFlexGrow(0);
        preview.addColumn(Invitee::name).setHeader("Name");
        preview.addColumn(Invitee::email).setHeader("Email");
        preview.addColumn(i -> i.organisation().getName()).setHeader("Organisation");
        PhoneGrids.stackOnPhones(
                preview,
                "Invitation",
                i -> PhoneGrids.card(i.name(), i.email(), i.organisation().getName(), "Row " + i.row()));
        preview.setAllRowsVisible(true);
        preview.setVisible(false);
        onlyValid.setVisible(false);
        onlyValid.addValueChangeListener(e -> updateButton());
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.setEnabled(false);
        send.addClickListener(e -> confirmSend());
        add(
                new H2("Invite members from a file"),
                new Paragraph("Upload a CSV with the columns name, email and organisation (as named in Manage "
                        + "organisations). Every row is checked first; nobody is invited until the file is clean, "
                        + "unless you choose to invite only the valid rows. Each person gets the same emailed link "
                        + "as a single invitation."),
                template,
                upload,
                summary,
                problems,
                new H3("Who will be invited"),
                preview,
                onlyValid,
                send);
    }

    void received(String fileName, byte[] data) {
        try {
            report = importer.check(new ByteArrayInputStream(data));
        } catch (RuntimeException ex) {
            UserMessages.showError(ex);
            return;
        }
        problems.setItems(report.problems());
        problems.setVisible(!report.problems().isEmpty());
        preview.setItems(report.valid());
        preview.setVisible(!report.valid().isEmpty());
        summary.setText(
                report.clean()
                        ? fileName + ": " + report.dataRows() + " rows, no problems. Ready to send."
                        : fileName + ": " + report.dataRows() + " rows, "
                                + report.problems().size() + " problems. Nobody will be invited until they are fixed.");
        onlyValid.setValue(false);
        onlyValid.setLabel("Invite only the " + report.valid().size() + " valid rows and skip the rest");
        onlyValid.setVisible(!report.clean() && !report.valid().isEmpty());
        updateButton();
    }

    private void updateButton() {
        send.setEnabled(report != null
                && (report.clean() || (onlyValid.getValue() && !report.valid().isEmpty())));
    }

    private void confirmSend() {
        boolean partial = !report.clean();
        ConfirmDialog confirm = new ConfirmDialog(
                "Invite " + report.valid().size() + " people?",
                (partial ? (report.dataRows() - report.valid().size()) + " rows with problems will be skipped. " : "")
                        + "Each person is added as an approved member and emailed a link to choose a password.",
                "Send",
                e -> runSend(partial));
        confirm.setCancelable(true);
        confirm.open();
    }

    void runSend(boolean partial) {
        try {
            int sent = importer.send(report, partial);
            UserMessages.showSuccess(sent + " invitations sent");
            summary.setText(sent + " invitations sent.");
            report = null;
            onlyValid.setVisible(false);
            problems.setVisible(false);
            preview.setVisible(false);
            updateButton();
        } catch (RuntimeException ex) {
            UserMessages.showError(ex);
        }
    }
}
