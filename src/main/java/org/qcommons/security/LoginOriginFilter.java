package org.qcommons.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.Locale;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a sign-in posted from another site (login CSRF, decision 087). Vaadin's sign-in form posts without a CSRF
 * token, so the server checks where the post came from instead: a browser names the page's origin in {@code Origin}
 * and says {@code Sec-Fetch-Site} on every cross-site form post. Only this application's own origin (as the request
 * reaches it, or as {@code qcommons.base-url} names it) may post; a request that carries neither header is not from
 * a browser's cross-site form and goes on.
 */
class LoginOriginFilter extends OncePerRequestFilter {

    private final String configuredOrigin;

    LoginOriginFilter(String baseUrl) {
        this.configuredOrigin = origin(URI.create(baseUrl));
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"POST".equals(request.getMethod())
                || !"/login"
                        .equals(request.getRequestURI()
                                .substring(request.getContextPath().length()));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (crossSite(request)) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        chain.doFilter(request, response);
    }

    boolean crossSite(HttpServletRequest request) {
        String fetchSite = request.getHeader("Sec-Fetch-Site");
        if (fetchSite != null && !fetchSite.equals("same-origin") && !fetchSite.equals("none")) {
            return true;
        }
        String origin = request.getHeader("Origin");
        if (origin == null) {
            return false;
        }
        String claimed = origin.trim().toLowerCase(Locale.ROOT);
        return !claimed.equals(configuredOrigin) && !claimed.equals(requestOrigin(request));
    }

    private static String requestOrigin(HttpServletRequest request) {
        String scheme = request.getScheme().toLowerCase(Locale.ROOT);
        int port = request.getServerPort();
        boolean defaultPort = ("http".equals(scheme) && port == 80) || ("https".equals(scheme) && port == 443);
        return scheme + "://" + request.getServerName().toLowerCase(Locale.ROOT) + (defaultPort ? "" : ":" + port);
    }

    private static String origin(URI uri) {
        String scheme = uri.getScheme() == null ? "http" : uri.getScheme().toLowerCase(Locale.ROOT);
        int port = uri.getPort();
        boolean defaultPort =
                port < 0 || ("http".equals(scheme) && port == 80) || ("https".equals(scheme) && port == 443);
        String host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
        return scheme + "://" + host + (defaultPort ? "" : ":" + port);
    }
}
