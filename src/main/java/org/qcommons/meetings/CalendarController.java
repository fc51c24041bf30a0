package org.qcommons.meetings;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Serves .ics files under /calendar, which calendar apps fetch without a browser session. */
@RestController
class CalendarController {

    private static final MediaType CALENDAR = MediaType.parseMediaType("text/calendar;charset=UTF-8");
    private final CalendarService calendars;

    CalendarController(CalendarService calendars) {
        this.calendars = calendars;
    }

    @GetMapping("/calendar/meetings/{id}.ics")
    ResponseEntity<String> meeting(@PathVariable("id") Long id) {
        return calendars
                .meetingIcs(id)
                .map(ics -> ResponseEntity.ok()
                        .contentType(CALENDAR)
                        .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"meeting-" + id + ".ics\"")
                        .body(ics))
                .orElseGet(() -> ResponseEntity.notFound().build());
    }

    @GetMapping("/calendar/groups/{slug}.ics")
    ResponseEntity<String> group(
            @PathVariable("slug") String slug, @RequestParam(name = "token", required = false) String token) {
        return calendars
                .groupFeed(slug, token)
                .map(ics -> ResponseEntity.ok()
                        .contentType(CALENDAR)
                        .header(HttpHeaders.CACHE_CONTROL, "no-store")
                        .body(ics))
                .orElseGet(() -> ResponseEntity.notFound().build());
    }
}
