package org.qcommons.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.qcommons.base.demo.DemoAccounts;
import org.qcommons.testsupport.BrowserTestBase;

/**
 * The strict Content-Security-Policy (decision 107) is sent on pages, and Vaadin still works under it in Chromium:
 * signing in, a search, a chart page and a round trip all run, and the browser reports no refused script, style,
 * connection or image.
 */
class ContentSecurityPolicyBT extends BrowserTestBase {

    @Test
    void thePolicyIsSentAndTheUiWorksUnderItWithNoViolation() throws Exception {
        HttpResponse<Void> page = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(url("projects"))).build(),
                        HttpResponse.BodyHandlers.discarding());
        String csp = page.headers().firstValue("Content-Security-Policy").orElse("");
        assertThat(csp).contains("default-src 'self'", "object-src 'none'", "frame-ancestors 'self'");
        assertThat(page.headers().firstValue("Cache-Control")).hasValue("no-store");

        driver().manage().logs().get(LogType.BROWSER).getAll();
        signIn(DemoAccounts.MEMBER, DemoAccounts.PASSWORD);
        open("projects");
        waitFor(By.xpath("//*[normalize-space(text())='QI projects']"));
        open("insights");
        open("groups");
        // A server round trip that runs executeJs, which Flow evaluates with new Function (needs 'unsafe-eval').
        Object flow = ((JavascriptExecutor) driver())
                .executeScript("return !!(window.Vaadin && window.Vaadin.Flow && window.Vaadin.Flow.clients)");
        assertThat(flow).isEqualTo(true);

        List<String> refused = driver().manage().logs().get(LogType.BROWSER).getAll().stream()
                .map(LogEntry::getMessage)
                .filter(m -> m.contains("Content Security Policy") || m.contains("Refused to"))
                .toList();
        assertThat(refused).as("what the browser refused under the policy").isEmpty();
    }
}
