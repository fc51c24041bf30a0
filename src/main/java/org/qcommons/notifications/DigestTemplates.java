package org.qcommons.notifications;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * Renders the digests with Thymeleaf (decision 091): {@code mail/digest.html} in HTML mode, which escapes every value,
 * and {@code mail/digest.txt} in text mode. An engine of its own, so the web layer's view resolution is untouched.
 */
@Component
class DigestTemplates {

    // Spring's engine evaluates expressions with SpEL; the plain engine would need OGNL, which is not on the class
    // path.
    private final SpringTemplateEngine engine = new SpringTemplateEngine();

    DigestTemplates() {
        engine.addTemplateResolver(resolver(TemplateMode.HTML, ".html", 1));
        engine.addTemplateResolver(resolver(TemplateMode.TEXT, ".txt", 2));
    }

    private static ClassLoaderTemplateResolver resolver(TemplateMode mode, String suffix, int order) {
        ClassLoaderTemplateResolver r = new ClassLoaderTemplateResolver();
        r.setPrefix("mail/");
        r.setTemplateMode(mode);
        r.setResolvablePatterns(Set.of("*" + suffix));
        r.setCharacterEncoding("UTF-8");
        r.setCacheable(true);
        r.setOrder(order);
        r.setCheckExistence(true);
        return r;
    }

    String html(Map<String, Object> model) {
        return engine.process("digest.html", new Context(Locale.UK, model));
    }

    String text(Map<String, Object> model) {
        return engine.process("digest.txt", new Context(Locale.UK, model));
    }
}
