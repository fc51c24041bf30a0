package org.qcommons.meetings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.qcommons.base.BusinessException;

class PaperInspectorTest {

    static final byte[] PDF = "%PDF-1.7\n1 0 obj\n<<>>\nendobj\n%%EOF".getBytes(StandardCharsets.US_ASCII);
    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13};
    static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16};
    static final byte[] GIF = "GIF89a....".getBytes(StandardCharsets.US_ASCII);
    static final byte[] OLE = {
        (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1, 0, 0
    };
    static final byte[] EXE = {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0};

    static byte[] zip(String... entries) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (String e : entries) {
                zip.putNextEntry(new ZipEntry(e));
                zip.write("<x/>".getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }

    static byte[] docx() throws IOException {
        return zip("[Content_Types].xml", "_rels/.rels", "word/document.xml");
    }

    @Test
    void acceptsPdfOfficeAndImagesByContent() throws IOException {
        assertThat(PaperInspector.check("Agenda.pdf", PDF).contentType()).isEqualTo("application/pdf");
        assertThat(PaperInspector.check("Chart.PNG", PNG).contentType()).isEqualTo("image/png");
        assertThat(PaperInspector.check("photo.jpeg", JPEG).contentType()).isEqualTo("image/jpeg");
        assertThat(PaperInspector.check("a.gif", GIF).contentType()).isEqualTo("image/gif");
        assertThat(PaperInspector.check("old.doc", OLE).contentType()).isEqualTo("application/msword");
        assertThat(PaperInspector.check("Report.docx", docx()).kind()).isEqualTo("OOXML");
        assertThat(PaperInspector.check("Budget.xlsx", zip("[Content_Types].xml", "xl/workbook.xml"))
                        .contentType())
                .contains("spreadsheetml");
    }

    @Test
    void refusesWrongTypes() throws IOException {
        assertThatThrownBy(() -> PaperInspector.check("tool.exe", EXE))
                .isInstanceOf(BusinessException.class)
                .hasMessageContaining("Only PDF");
        assertThatThrownBy(() -> PaperInspector.check("page.html", "<html><script>".getBytes()))
                .isInstanceOf(BusinessException.class);
        assertThatThrownBy(() -> PaperInspector.check("archive.docx", zip("payload.sh")))
                .isInstanceOf(BusinessException.class)
                .hasMessageContaining("Only PDF");
        assertThatThrownBy(() -> PaperInspector.check("empty.pdf", new byte[0])).hasMessageContaining("empty");
    }

    @Test
    void refusesSpoofedExtensions() throws IOException {
        assertThatThrownBy(() -> PaperInspector.check("minutes.pdf", EXE)).isInstanceOf(BusinessException.class);
        assertThatThrownBy(() -> PaperInspector.check("minutes.pdf", PNG))
                .isInstanceOf(BusinessException.class)
                .hasMessageContaining("ends in .pdf");
        assertThatThrownBy(() -> PaperInspector.check("slides.pptx", PDF)).hasMessageContaining("a PDF");
        assertThatThrownBy(() -> PaperInspector.check("report.docx.exe", docx()))
                .isInstanceOf(BusinessException.class);
    }

    @Test
    void refusesFilesOverTwentyMegabytes() {
        byte[] big = new byte[(int) PaperInspector.MAX_BYTES + 1];
        System.arraycopy(PDF, 0, big, 0, PDF.length);
        assertThatThrownBy(() -> PaperInspector.check("big.pdf", big)).hasMessageContaining("20 MB");
        byte[] limit = new byte[(int) PaperInspector.MAX_BYTES];
        System.arraycopy(PDF, 0, limit, 0, PDF.length);
        assertThat(PaperInspector.check("limit.pdf", limit).kind()).isEqualTo("PDF");
    }

    @Test
    void sanitisesFileNames() {
        assertThat(PaperInspector.sanitiseFileName("../../etc/passwd.pdf")).isEqualTo("passwd.pdf");
        assertThat(PaperInspector.sanitiseFileName("C:\\Users\\x\\Board paper.pdf"))
                .isEqualTo("Board paper.pdf");
        assertThat(PaperInspector.sanitiseFileName("<script>alert(1)</script>.pdf"))
                .doesNotContain("<", ">", "/");
        assertThat(PaperInspector.sanitiseFileName("...hidden.pdf")).isEqualTo("hidden.pdf");
        assertThat(PaperInspector.sanitiseFileName("")).isEqualTo("paper");
        assertThat(PaperInspector.sanitiseFileName("a".repeat(300) + ".pdf"))
                .hasSizeLessThanOrEqualTo(120)
                .endsWith(".pdf");
    }

    /** 300 MB of zeros in one part: a few hundred kilobytes on the wire. */
    static byte[] zipBomb() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            byte[] zeros = new byte[1024 * 1024];
            for (int i = 0; i < 300; i++) {
                zip.write(zeros);
            }
            zip.closeEntry();
        }
        return out.toByteArray();
    }

    @Test
    void aZipBombIsRefusedByItsDeclaredSizeWithoutBeingInflated() throws IOException {
        byte[] bomb = zipBomb();
        assertThat(bomb.length).isLessThan(2 * 1024 * 1024);
        assertThatThrownBy(() -> PaperInspector.check("Bomb.docx", bomb))
                .isInstanceOf(BusinessException.class)
                .hasMessageContaining("expand to more than 200 MB");
    }

    @Test
    void aZipOfTooManyPartsIsRefused() throws IOException {
        String[] names = new String[PaperInspector.MAX_ZIP_ENTRIES + 2];
        names[0] = "[Content_Types].xml";
        for (int i = 1; i < names.length; i++) {
            names[i] = "word/part" + i + ".xml";
        }
        byte[] many = zip(names);
        assertThatThrownBy(() -> PaperInspector.check("Many.docx", many))
                .isInstanceOf(BusinessException.class)
                .hasMessageContaining("more than 5000 parts");
    }
}
