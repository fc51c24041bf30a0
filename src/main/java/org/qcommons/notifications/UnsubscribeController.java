package org.qcommons.notifications;

import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.HtmlUtils;

/**
 * One-click unsubscribe without signing in (RFC 8058). A mail client POSTs {@code List-Unsubscribe=One-Click} to the
 * link; a person who opens it sees a button, because link checkers in mail systems follow every GET and must not
 * unsubscribe anyone. The signed token is the only proof needed, so CSRF protection is off for this path.
 */
@RestController
class UnsubscribeController {

    static final String PATH = "/unsubscribe";
    private final NotificationPreferences preferences;

    UnsubscribeController(NotificationPreferences preferences) {
        this.preferences = preferences;
    }

    @GetMapping(value = PATH, produces = MediaType.TEXT_HTML_VALUE)
    ResponseEntity<String> confirm(@RequestParam(name = "token", required = false) String token) {
        Optional<NotificationKind> kind = preferences.kindOf(token);
        if (kind.isEmpty()) {
            return invalid();
        }
        return ResponseEntity.ok(page(
                "Stop these emails?",
                "<p>You will no longer be told about <strong>"
                        + HtmlUtils.htmlEscape(kind.get().label())
                        + "</strong>, by email or in the app. You can turn them on again in your notification settings.</p>"
                        + "<form method=\"post\" action=\"" + PATH.substring(1) + "?token="
                        + HtmlUtils.htmlEscape(token) + "\">"
                        + "<input type=\"hidden\" name=\"List-Unsubscribe\" value=\"One-Click\">"
                        + "<button type=\"submit\">Unsubscribe</button></form>"));
    }

    @PostMapping(value = PATH, produces = MediaType.TEXT_HTML_VALUE)
    ResponseEntity<String> unsubscribe(@RequestParam(name = "token", required = false) String token) {
        Optional<NotificationKind> kind = preferences.kindOf(token);
        if (kind.isEmpty() || !preferences.unsubscribe(token)) {
            return invalid();
        }
        return ResponseEntity.ok(page(
                "You have unsubscribed",
                "<p>You will no longer be told about <strong>"
                        + HtmlUtils.htmlEscape(kind.get().label())
                        + "</strong>. You can turn this on again in <a href=\"notifications/settings\">your notification"
                        + " settings</a>.</p>"));
    }

    private static ResponseEntity<String> invalid() {
        return ResponseEntity.status(HttpStatus.NOT_FOUND)
                .contentType(MediaType.TEXT_HTML)
                .body(page(
                        "This link does not work",
                        "<p>The unsubscribe link is incomplete or has been changed. Sign in and choose your"
                                + " notification settings instead.</p>"));
    }

    private static String page(String title, String body) {
        return "<!DOCTYPE html><html lang=\"en-GB\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>" + title
                + " | Q Commons</title></head><body><main><h1>" + title + "</h1>" + body + "</main></body></html>";
    }
}
