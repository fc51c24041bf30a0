package org.qcommons.testsupport;

import com.vaadin.flow.router.RouteData;
import com.vaadin.flow.server.VaadinServletContext;
import com.vaadin.flow.server.startup.ApplicationRouteRegistry;
import jakarta.servlet.ServletContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.qcommons.base.demo.DemoAccounts;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Every route the Vaadin router knows, and a real address for each, with route parameters taken from the demo data.
 * The route sweep and the accessibility sweep both start here, so that a new view cannot be missed by either.
 */
public final class DemoRoutes {

    /** Pages only a visitor who is not signed in sees as forms. */
    public static final Set<String> ANONYMOUS = Set.of("login", "register", "forgot-password", "reset-password");

    private static final Pattern PARAM = Pattern.compile(":([A-Za-z_]+)\\??(\\([^/]*\\))?");

    /** Route prefixes and the table whose smallest id stands in for ":id". */
    private static final Map<String, String> ID_TABLES = Map.ofEntries(
            Map.entry("projects", "project"),
            Map.entry("meetings", "mtg_meeting"),
            Map.entry("elections", "gov_election"),
            Map.entry("exchange/exchanges", "concordat_exchange"),
            Map.entry("exchange/requests", "expertise_request"),
            Map.entry("buddying/pair", "buddy_pair"),
            Map.entry("measures", "measure"),
            Map.entry("organisations", "organisation"),
            Map.entry("history", "mtg_decision"));

    private final JdbcTemplate jdbc;

    public DemoRoutes(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Route templates and their aliases, from the registry of the running servlet context. */
    public static List<String> templates(ServletContext servletContext) {
        List<RouteData> registered = ApplicationRouteRegistry.getInstance(new VaadinServletContext(servletContext))
                .getRegisteredRoutes();
        return templates(registered);
    }

    public static List<String> templates(List<RouteData> registered) {
        List<String> routes = new ArrayList<>();
        for (RouteData route : registered) {
            routes.add(route.getTemplate());
            route.getRouteAliases().forEach(alias -> routes.add(alias.getTemplate()));
        }
        return routes;
    }

    public static boolean anonymous(String template) {
        return ANONYMOUS.contains(template) || template.startsWith("setup/") || template.startsWith("welcome/");
    }

    /** ADMIN opens nearly every page; posting an exchange request is a coordinator's. */
    public static String account(String template) {
        return template.startsWith("exchange/requests/") ? DemoAccounts.COORDINATOR : DemoAccounts.ADMIN;
    }

    /** The address with each route parameter replaced: ids by the demo's, the rest by {@code value}. */
    public String url(String template, UnaryOperator<String> value) {
        Matcher m = PARAM.matcher(template);
        StringBuilder url = new StringBuilder();
        while (m.find()) {
            String name = m.group(1);
            String v = name.equals("id") || name.startsWith("___")
                    ? idFor(template, value.apply(name))
                    : value.apply(name);
            m.appendReplacement(url, Matcher.quoteReplacement(v));
        }
        m.appendTail(url);
        return url.toString().replaceAll("/+$", "");
    }

    /** The address with real demo values in every route parameter. */
    public String url(String template) {
        Map<String, String> samples = samples();
        return url(template, p -> samples.getOrDefault(p, "1"));
    }

    /** Values for the named (non-id) route parameters. */
    public Map<String, String> samples() {
        return Map.of(
                "slug",
                jdbc.queryForObject("select min(slug) from mtg_group", String.class),
                "requestId",
                String.valueOf(jdbc.queryForObject("select coalesce(min(id), 1) from buddy_request", Long.class)),
                "type",
                "decision");
    }

    private String idFor(String template, String proposed) {
        if (!proposed.equals("1")) {
            return proposed;
        }
        String table = ID_TABLES.entrySet().stream()
                .filter(e -> template.startsWith(e.getKey()))
                .max((a, b) -> Integer.compare(a.getKey().length(), b.getKey().length()))
                .map(Map.Entry::getValue)
                .orElse("member");
        return String.valueOf(jdbc.queryForObject("select coalesce(min(id), 1) from " + table, Long.class));
    }
}
