package org.qcommons.meetings;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jsoup.helper.W3CDom;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Published minutes as a document: attendance, declarations, each item's minutes, decisions and actions, as HTML
 * and as a tagged PDF (PDF/UA, headings, language en-GB) made from that HTML by openhtmltopdf (decision 119). Only
 * published minutes that the reader may see; names as the minutes page shows them to that reader.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("permitAll()")
public class MinutesDocuments {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy, HH:mm", Locale.UK);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    /** PDF/UA needs every font embedded; PDFBox ships this one, so no system font is assumed. */
    private static final String FONT = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";

    private static final String STYLE = """
            body { font-family: 'Liberation Sans', sans-serif; font-size: 11pt; line-height: 1.4; }
            h1 { font-size: 18pt; } h2 { font-size: 14pt; margin-top: 1.2em; } h3 { font-size: 12pt; }
            table { border-collapse: collapse; width: 100%; } th, td { border: 1px solid #999; padding: 3pt; text-align: left; }
            """;

    private final MeetingRepository meetings;
    private final AgendaService agenda;
    private final AttendanceService attendance;
    private final DecisionService decisions;
    private final ActionService actions;
    private final GroupAccess access;
    private final Clock clock;

    MinutesDocuments(
            MeetingRepository meetings,
            AgendaService agenda,
            AttendanceService attendance,
            DecisionService decisions,
            ActionService actions,
            GroupAccess access,
            Clock clock) {
        this.clock = clock;
        this.meetings = meetings;
        this.agenda = agenda;
        this.attendance = attendance;
        this.decisions = decisions;
        this.actions = actions;
        this.access = access;
    }

    /** The minutes as a whole HTML page, or empty when they are not published or not visible to this reader. */
    public Optional<String> html(Long meetingId) {
        return document(meetingId).map(Document::outerHtml);
    }

    public Optional<byte[]> pdf(Long meetingId) {
        return document(meetingId).map(MinutesDocuments::render);
    }

    private Optional<Document> document(Long meetingId) {
        return meetings.findWithGroup(meetingId)
                .filter(Meeting::isMinutesPublished)
                .filter(access::canSeeMinutes)
                .map(this::build);
    }

    private Document build(Meeting m) {
        Document doc = Document.createShell("");
        doc.outputSettings().prettyPrint(false).syntax(Document.OutputSettings.Syntax.xml);
        doc.selectFirst("html").attr("lang", "en-GB");
        String title = "Minutes: " + m.getTitle();
        doc.head().appendElement("meta").attr("charset", "UTF-8");
        doc.title(title);
        doc.head()
                .appendElement("meta")
                .attr("name", "subject")
                .attr("content", m.getGroup().getName());
        doc.head().appendElement("style").appendText(STYLE);
        Element body = doc.body();
        body.appendElement("h1").text(title);
        body.appendElement("p").text(m.getGroup().getName());
        body.appendElement("p").text(WHEN.format(m.getStartsAt()) + (m.getPlace() == null ? "" : ", " + m.getPlace()));
        if (m.getMinutesApprovedAt() != null) {
            body.appendElement("p")
                    .text("Approved on " + DAY.format(m.getMinutesApprovedAt().atZone(clock.getZone())));
        }

        body.appendElement("h2").text("Attendance");
        List<AttendanceRow> rows = attendance.attendance(m);
        Element table = body.appendElement("table");
        Element head = table.appendElement("thead").appendElement("tr");
        head.appendElement("th").attr("scope", "col").text("Name");
        head.appendElement("th").attr("scope", "col").text("Role");
        head.appendElement("th").attr("scope", "col").text("Attendance");
        Element tbody = table.appendElement("tbody");
        for (AttendanceRow r : rows) {
            Element tr = tbody.appendElement("tr");
            tr.appendElement("td").text(r.name());
            tr.appendElement("td").text(r.role());
            tr.appendElement("td")
                    .text(r.status() == null ? "Not recorded" : r.status().label());
        }

        List<AgendaItem> items = agenda.agenda(m);
        body.appendElement("h2").text("Declarations of interest");
        Element declared = body.appendElement("ul");
        items.stream()
                .filter(i -> i.getDeclarations() != null)
                .forEach(i -> declared.appendElement("li").text(i.getTitle() + ": " + i.getDeclarations()));
        if (declared.childrenSize() == 0) {
            declared.appendElement("li").text("None declared.");
        }

        body.appendElement("h2").text("Minutes");
        for (AgendaItem i : items) {
            body.appendElement("h3").text(i.getPosition() + ". " + i.getTitle());
            String html = MinutesRenderer.toHtml(i.getMinutesText());
            if (html.isEmpty()) {
                body.appendElement("p").text("No minutes for this item.");
            } else {
                body.appendElement("div").append(html);
            }
        }

        body.appendElement("h2").text("Decisions");
        Element ds = body.appendElement("ol");
        decisions
                .decisions(m)
                .forEach(d -> ds.appendElement("li")
                        .text(d.getText()
                                + (d.getReviewDate() == null
                                        ? ""
                                        : " (review by " + DAY.format(d.getReviewDate()) + ")")));
        if (ds.childrenSize() == 0) {
            ds.appendElement("li").text("No decisions recorded.");
        }

        body.appendElement("h2").text("Actions");
        Element as = body.appendElement("ul");
        actions.actions(m)
                .forEach(a -> as.appendElement("li")
                        .text(a.getDescription()
                                + (a.getOwnerName() == null ? "" : " — " + a.getOwnerName())
                                + (a.getDueDate() == null ? "" : ", due " + DAY.format(a.getDueDate()))
                                + " (" + a.getStatus().label() + ")"));
        if (as.childrenSize() == 0) {
            as.appendElement("li").text("No actions recorded.");
        }
        return doc;
    }

    private static byte[] render(Document doc) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.usePdfUaAccessibility(true);
            builder.useFont(MinutesDocuments::font, "Liberation Sans");
            builder.withW3cDocument(new W3CDom().fromJsoup(doc), "/");
            builder.withProducer("Q Commons");
            builder.toStream(out);
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static InputStream font() {
        return MinutesDocuments.class.getResourceAsStream(FONT);
    }
}
