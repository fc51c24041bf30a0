package org.qcommons.meetings;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * Published minutes to download, under /public (open to anonymous readers; a signed-in reader keeps their session,
 * so members' groups work too). What is not published or not visible is simply not found.
 */
@RestController
class MinutesDocumentController {

    private final MinutesDocuments documents;

    MinutesDocumentController(MinutesDocuments documents) {
        this.documents = documents;
    }

    @GetMapping("/public/minutes/{id}.pdf")
    ResponseEntity<byte[]> pdf(@PathVariable("id") Long id) {
        return documents
                .pdf(id)
                .map(pdf -> ResponseEntity.ok()
                        .contentType(MediaType.APPLICATION_PDF)
                        .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"minutes-" + id + ".pdf\"")
                        .body(pdf))
                .orElseGet(() -> ResponseEntity.notFound().build());
    }

    @GetMapping("/public/minutes/{id}.html")
    ResponseEntity<String> html(@PathVariable("id") Long id) {
        return documents
                .html(id)
                .map(html -> ResponseEntity.ok()
                        .contentType(MediaType.parseMediaType("text/html;charset=UTF-8"))
                        .body(html))
                .orElseGet(() -> ResponseEntity.notFound().build());
    }

    static String pdfPath(Meeting m) {
        return "public/minutes/" + m.getId() + ".pdf";
    }
}
