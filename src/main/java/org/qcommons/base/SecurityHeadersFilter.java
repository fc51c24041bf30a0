package org.qcommons.base;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.qcommons.base.config.QcommonsProperties;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Security headers on every response, including the ones Spring Security's chain never sees (Vaadin's static
 * resources and bootstrap page). HSTS only when the request came over HTTPS, as browsers ignore it otherwise.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class SecurityHeadersFilter extends OncePerRequestFilter {

    /**
     * As strict as Vaadin Flow allows (decision 107): everything from this origin only, no plug-ins, no framing by
     * others, forms posting only here. Flow's bootstrap page carries inline scripts and its client runs the
     * server's {@code executeJs} through {@code new Function}, so scripts need 'unsafe-inline' and 'unsafe-eval';
     * its components set inline styles. Every value shown is escaped, so those allowances do not open the door that
     * they would for a page that builds HTML from input (see reliability/StoredXssBT).
     */
    static final String CONTENT_SECURITY_POLICY = String.join(
            "; ",
            "default-src 'self'",
            "script-src 'self' 'unsafe-inline' 'unsafe-eval'",
            "style-src 'self' 'unsafe-inline'",
            "img-src 'self' data: blob:",
            "font-src 'self' data:",
            "connect-src 'self'",
            "worker-src 'self' blob:",
            "object-src 'none'",
            "base-uri 'self'",
            "form-action 'self'",
            "frame-ancestors 'self'");

    private static final String[] STATIC = {
        "/VAADIN/build/",
        "/VAADIN/static/",
        "/VAADIN/themes/",
        "/webjars/",
        "/styles/",
        "/icons/",
        "/images/",
        "/favicon.ico",
        "/sw.js",
        "/manifest.webmanifest"
    };

    private final boolean hsts;

    SecurityHeadersFilter(QcommonsProperties properties) {
        boolean hsts = properties.security().hsts();
        this.hsts = hsts;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
        response.setHeader("X-Frame-Options", "SAMEORIGIN");
        response.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        if (hsts && request.isSecure()) {
            response.setHeader("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
        }
        if (!isStatic(request)) {
            // Pages, downloads, calendar files and API answers may be personal: no browser or proxy keeps a copy.
            // A public response that may be cached (the open-data API) says so itself, which replaces this.
            response.setHeader("Cache-Control", "no-store");
        }
        chain.doFilter(request, response);
    }

    /** Files that are the same for everyone: the client bundle, styles, images and webjars. */
    static boolean isStatic(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        for (String prefix : STATIC) {
            if (path.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }
}
