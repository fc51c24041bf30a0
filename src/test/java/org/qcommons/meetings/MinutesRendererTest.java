package org.qcommons.meetings;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MinutesRendererTest {

    private static final Set<String> ALLOWED = Set.of(
            "body",
            "p",
            "a",
            "b",
            "strong",
            "i",
            "em",
            "ul",
            "ol",
            "li",
            "code",
            "pre",
            "blockquote",
            "br",
            "h1",
            "h2",
            "h3",
            "h4",
            "h5",
            "h6",
            "hr",
            "cite",
            "q",
            "small",
            "span",
            "strike",
            "sub",
            "sup",
            "u",
            "dl",
            "dt",
            "dd");

    @ParameterizedTest
    @ValueSource(
            strings = {
                "<script>alert(1)</script>",
                "<SCRIPT SRC=https://evil.example/x.js></SCRIPT>",
                "<img src=x onerror=alert(1)>",
                "<svg onload=alert(1)>",
                "<body onload=alert(1)>",
                "<iframe src=\"javascript:alert(1)\"></iframe>",
                "[click](javascript:alert(1))",
                "[click](JaVaScRiPt:alert(1))",
                "[click](  javascript:alert(1))",
                "[click](java\tscript:alert(1))",
                "[click](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
                "[click](vbscript:msgbox(1))",
                "![x](javascript:alert(1))",
                "![x](x\" onerror=\"alert(1))",
                "<a href=\"javascript:alert(1)\">x</a>",
                "<a href=x onmouseover=alert(1)>x</a>",
                "<div style=\"background:url(javascript:alert(1))\">x</div>",
                "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)></style></mglyph></table></mtext></math>",
                "<<script>script>alert(1)<</script>/script>",
                "<scr<script>ipt>alert(1)</script>",
                "[a](https://example.org \"title\" onclick=alert(1))",
                "<details open ontoggle=alert(1)>",
                "<form action=javascript:alert(1)><button>x</button></form>",
                "<object data=javascript:alert(1)>",
                "<embed src=javascript:alert(1)>",
                "<meta http-equiv=refresh content=\"0;url=javascript:alert(1)\">",
                "`<script>alert(1)</script>`",
                "```\n<script>alert(1)</script>\n```",
                "<http://example.org/\"onmouseover=\"alert(1)>",
                "[x]: javascript:alert(1)\n\n[link][x]",
                "&lt;script&gt;alert(1)&lt;/script&gt;",
                "<a href=\"&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1)\">x</a>",
                "[x](&#106;avascript:alert(1))",
                "<input autofocus onfocus=alert(1)>",
                "<video><source onerror=alert(1)></video>",
                "<javascript:alert(1)>",
                "[x](javascript&colon;alert(1))",
                "<a href='jav&#x09;ascript:alert(1)'>x</a>",
                "[x](https://example.org\"onmouseover=\"alert(1))"
            })
    void noScriptSurvives(String payload) {
        String html = MinutesRenderer.toHtml("Intro text\n\n" + payload + "\n\nMore text");
        String lower = html.toLowerCase(Locale.ROOT);
        // Raw tags never survive; escaped text such as "&lt;script&gt;" is shown as words and is harmless.
        assertThat(lower)
                .doesNotContain(
                        "<script",
                        "<iframe",
                        "<svg",
                        "<img",
                        "<object",
                        "<embed",
                        "<form",
                        "<input",
                        "<style",
                        "<meta",
                        "<video",
                        "<math",
                        "<details");
        Document doc = Jsoup.parseBodyFragment(html);
        for (Element e : doc.body().getAllElements()) {
            assertThat(ALLOWED).as("tag in %s", html).contains(e.tagName());
            for (Attribute a : e.attributes()) {
                assertThat(a.getKey())
                        .as("attribute in %s", html)
                        .doesNotStartWith("on")
                        .isNotEqualTo("style");
                String value = a.getValue().toLowerCase(Locale.ROOT).replaceAll("\\s", "");
                assertThat(value)
                        .as("URL in %s", html)
                        .doesNotStartWith("javascript:")
                        .doesNotStartWith("vbscript:")
                        .doesNotStartWith("data:");
                if (a.getKey().equals("href")) {
                    assertThat(value).matches("(https?:|mailto:).*");
                }
            }
        }
        assertThat(html).contains("Intro text").contains("More text");
    }

    @Test
    void keepsOrdinaryFormattingAndSafeLinks() {
        String html = MinutesRenderer.toHtml("## Item\n\n**Agreed** to *publish* minutes.\n\n- one\n- two\n\n"
                + "[Q website](https://q.health.org.uk)");
        assertThat(html)
                .contains(
                        "<h2>Item</h2>",
                        "<strong>Agreed</strong>",
                        "<em>publish</em>",
                        "<li>one</li>",
                        "href=\"https://q.health.org.uk\"",
                        "rel=\"nofollow noopener noreferrer\"");
    }

    @Test
    void blankIsEmpty() {
        assertThat(MinutesRenderer.toHtml(null)).isEmpty();
        assertThat(MinutesRenderer.toHtml("  ")).isEmpty();
    }
}
