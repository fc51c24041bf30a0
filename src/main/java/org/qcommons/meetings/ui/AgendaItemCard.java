package org.qcommons.meetings.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.util.List;
import org.qcommons.base.BusinessException;
import org.qcommons.base.audit.ui.HistoryView;
import org.qcommons.base.ui.LimitedUpload;
import org.qcommons.base.ui.LostFocus;
import org.qcommons.base.ui.UserMessages;
import org.qcommons.meetings.AgendaItem;
import org.qcommons.meetings.MeetingViewer;
import org.qcommons.meetings.MinutesComment;
import org.qcommons.meetings.Paper;
import org.qcommons.meetings.PaperInspector;

/** One agenda item: its details, papers, minutes and proposed amendments. */
class AgendaItemCard extends VerticalLayout {

    final H4 title = new H4();
    final Span meta = new Span();
    final Div declarations = new Div();
    final VerticalLayout papers = new VerticalLayout();
    final VerticalLayout comments = new VerticalLayout();
    /** The box for a new amendment, made on the first refresh for those who may comment. */
    TextArea amendment;

    MinutesEditor minutes;
    Upload upload;
    private final MeetingServices services;
    private final MeetingViewer can;
    private AgendaItem item;

    AgendaItemCard(AgendaItem item, MeetingViewer can, MeetingServices services, Runnable edit) {
        this.item = item;
        this.can = can;
        this.services = services;
        addClassName("agenda-item");
        setPadding(true);
        setSpacing(false);
        HorizontalLayout head = new HorizontalLayout(title);
        head.setAlignItems(Alignment.BASELINE);
        if (can.manage()) {
            head.add(
                    icon(VaadinIcon.ARROW_UP, "Move up", () -> services.agenda().moveItem(this.item.getId(), -1)),
                    icon(
                            VaadinIcon.ARROW_DOWN,
                            "Move down",
                            () -> services.agenda().moveItem(this.item.getId(), 1)),
                    icon(VaadinIcon.EDIT, "Edit item", edit),
                    icon(VaadinIcon.TRASH, "Remove item", this::confirmRemove));
        }
        if (can.manageGroup()) {
            head.add(HistoryView.link("History", "agenda-item", item.getId()));
        }
        papers.setPadding(false);
        papers.setSpacing(false);
        comments.setPadding(false);
        add(head, meta, declarations, papers);
        if (can.edit()) {
            upload = new Upload(new LimitedUpload(
                    PaperInspector.MAX_BYTES,
                    "Papers can be at most 20 MB. Make the file smaller, or link to it in the minutes.",
                    (fileName, data) -> services.papers().addPaper(this.item.getId(), fileName, data)));
            upload.setMaxFileSize((int) PaperInspector.MAX_BYTES);
            upload.setAcceptedFileTypes(
                    ".pdf", ".doc", ".docx", ".xls", ".xlsx", ".ppt", ".pptx", ".png", ".jpg", ".jpeg", ".gif");
            upload.setDropLabel(new Span("Add a paper: PDF, Office document or image, up to 20 MB"));
            upload.addFileRejectedListener(e -> UserMessages.showError(new BusinessException(e.getErrorMessage())));
            add(upload);
        }
        if (can.seeMinutes()) {
            minutes = new MinutesEditor(item, services.minutes(), services.coedit(), can.edit());
            add(minutes);
        }
        if (can.seatHolder()) {
            add(comments);
        }
        update(item);
    }

    AgendaItem item() {
        return item;
    }

    void update(AgendaItem fresh) {
        this.item = fresh;
        title.setText(fresh.getPosition() + ". " + fresh.getTitle());
        meta.setText((fresh.getPresenter() == null ? "" : fresh.getPresenter() + " · ") + fresh.getMinutesAllotted()
                + " minutes");
        declarations.removeAll();
        if (fresh.getDeclarations() != null) {
            declarations.add(
                    Formats.badge("Declaration of interest", "contrast"), new Span(" " + fresh.getDeclarations()));
        }
        if (minutes != null) {
            minutes.onRemoteChange(fresh);
        }
    }

    void showPapers(List<Paper> all) {
        papers.removeAll();
        all.stream().filter(p -> p.getAgendaItem().getId().equals(item.getId())).forEach(p -> {
            Long id = p.getId();
            Anchor a = new Anchor(
                    DownloadHandler.fromInputStream(event -> new DownloadResponse(
                            new ByteArrayInputStream(services.papers().paperContent(id)),
                            p.getFileName(),
                            p.getContentType(),
                            p.getSizeBytes())),
                    p.getFileName());
            a.setTarget("_blank");
            HorizontalLayout row = new HorizontalLayout(
                    VaadinIcon.FILE_TEXT_O.create(), a, new Span((p.getSizeBytes() + 1023) / 1024 + " KB"));
            row.setAlignItems(Alignment.CENTER);
            papers.add(row);
        });
    }

    /**
     * Refreshes the proposed amendments. The box for a new one is made once and kept: a refresh arrives whenever
     * anyone saves minutes or proposes an amendment, and rebuilding the box would take the focus and the unsent
     * words of whoever is typing in it.
     */
    void showComments(List<MinutesComment> all) {
        comments.getChildren().filter(c -> c.hasClassName("amendment")).toList().forEach(comments::remove);
        int at = 0;
        for (MinutesComment c : all) {
            if (c.getAgendaItem().getId().equals(item.getId())) {
                Paragraph p = new Paragraph(c.getAuthor().getFullName() + " proposes: " + c.getText());
                p.addClassName("amendment");
                comments.addComponentAtIndex(at++, p);
            }
        }
        if (can.comment() && amendment == null) {
            amendment = new TextArea();
            amendment.setPlaceholder("Propose an amendment to these minutes");
            amendment.setAriaLabel("Propose an amendment to the minutes of " + item.getTitle());
            amendment.setWidthFull();
            amendment.setMaxLength(2000);
            Button propose = new Button("Propose amendment", e -> {
                try {
                    services.minutes().proposeAmendment(item.getId(), amendment.getValue());
                    amendment.clear();
                } catch (RuntimeException ex) {
                    UserMessages.showError(ex);
                }
            });
            propose.addThemeVariants(ButtonVariant.LUMO_SMALL);
            comments.add(amendment, propose);
        }
    }

    private Button icon(VaadinIcon icon, String label, Runnable action) {
        Button b = new Button(icon.create(), e -> {
            try {
                action.run();
            } catch (RuntimeException ex) {
                UserMessages.showError(ex);
            }
        });
        b.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON, ButtonVariant.LUMO_SMALL);
        b.setAriaLabel(label);
        b.setTooltipText(label);
        return b;
    }

    private void confirmRemove() {
        ConfirmDialog d = new ConfirmDialog(
                "Remove this item?",
                "\"" + item.getTitle() + "\" will be removed with its papers, minutes and proposed amendments.",
                "Remove",
                e -> {
                    try {
                        services.agenda().removeItem(item.getId());
                    } catch (RuntimeException ex) {
                        UserMessages.showError(ex);
                    }
                    // The dialog gives focus back to this card's button, and the agenda's refresh then removes the
                    // card;
                    // without this keyboard focus drops to the page (WCAG 2.4.3).
                    LostFocus.moveToView();
                });
        d.setCancelable(true);
        d.setConfirmButtonTheme("error primary");
        d.open();
    }
}
