package org.qcommons.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AccessAnnotationChecker;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.qcommons.base.security.Role;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * The access-control matrix: every route × every role, from src/test/resources/access-matrix.csv. Adding a route
 * without a row in the matrix fails the build, as does a public service method without @PreAuthorize.
 * Row-level rules (my organisation, my group, my pair) are tested in each feature's own tests.
 */
class AccessMatrixTest {

    private static final List<String> ROLES = List.of("anonymous", "member", "coordinator", "convenor", "admin");
    private static final Map<String, Set<Role>> ROLE_SETS = Map.of(
            "anonymous", Set.of(),
            "member", Set.of(Role.MEMBER),
            "coordinator", Set.of(Role.MEMBER, Role.ORG_COORDINATOR),
            "convenor", Set.of(Role.MEMBER, Role.CONVENOR),
            "admin", Set.of(Role.MEMBER, Role.ADMIN));

    static Map<String, Class<?>> routes() {
        var scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Route.class));
        Map<String, Class<?>> routes = new LinkedHashMap<>();
        for (var bean : scanner.findCandidateComponents("org.qcommons")) {
            try {
                Class<?> c = Class.forName(bean.getBeanClassName());
                // "feature.SimpleName": two features may both have, say, a RequestView.
                String feature =
                        c.getPackageName().substring("org.qcommons.".length()).split("\\.")[0];
                routes.put(feature + "." + c.getSimpleName(), c);
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException(e);
            }
        }
        return routes;
    }

    static Map<String, Map<String, Boolean>> matrix() throws Exception {
        Map<String, Map<String, Boolean>> matrix = new LinkedHashMap<>();
        try (var in = AccessMatrixTest.class.getResourceAsStream("/access-matrix.csv");
                var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            reader.lines()
                    .skip(1)
                    .filter(l -> !l.isBlank() && !l.startsWith("#"))
                    .forEach(line -> {
                        String[] cells = line.split(",");
                        Map<String, Boolean> row = new LinkedHashMap<>();
                        for (int i = 0; i < ROLES.size(); i++) {
                            row.put(ROLES.get(i), "allow".equals(cells[i + 1].trim()));
                        }
                        matrix.put(cells[0].trim(), row);
                    });
        }
        return matrix;
    }

    @Test
    void everyRouteHasARowInTheMatrix() throws Exception {
        Set<String> missing = new TreeSet<>(routes().keySet());
        missing.removeAll(matrix().keySet());
        assertThat(missing).as("routes without an entry in access-matrix.csv").isEmpty();
        Set<String> stale = new TreeSet<>(matrix().keySet());
        stale.removeAll(routes().keySet());
        assertThat(stale).as("matrix rows for routes that no longer exist").isEmpty();
    }

    static Stream<Object[]> cells() throws Exception {
        List<Object[]> cells = new ArrayList<>();
        Map<String, Class<?>> routes = routes();
        matrix().forEach((route, row) -> row.forEach((role, allowed) -> {
            if (routes.containsKey(route)) {
                cells.add(new Object[] {route, role, allowed, routes.get(route)});
            }
        }));
        return cells.stream();
    }

    @ParameterizedTest(name = "{0} for {1}: {2}")
    @MethodSource("cells")
    void routeAccessMatchesTheMatrix(String route, String role, boolean allowed, Class<?> view) {
        Set<Role> roles = ROLE_SETS.get(role);
        Principal principal = roles.isEmpty() ? null : () -> role + "@qcommons.test";
        boolean actual = new AccessAnnotationChecker()
                .hasAccess(
                        view,
                        principal,
                        r -> roles.stream().anyMatch(x -> x.name().equals(r)));
        assertThat(actual).as(route + " for " + role).isEqualTo(allowed);
    }

    @Test
    void everyPublicServiceMethodDeclaresWhoMayCallIt() {
        var scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Service.class));
        List<String> unguarded = new ArrayList<>();
        for (var bean : scanner.findCandidateComponents("org.qcommons")) {
            try {
                Class<?> c = Class.forName(bean.getBeanClassName());
                if (!Modifier.isPublic(c.getModifiers())) {
                    continue;
                }
                for (Method m : c.getDeclaredMethods()) {
                    boolean publicApi = Modifier.isPublic(m.getModifiers())
                            && !m.isSynthetic()
                            && !Modifier.isStatic(m.getModifiers());
                    boolean frameworkCallback = m.getName().equals("loadUserByUsername");
                    if (publicApi
                            && !frameworkCallback
                            && m.getAnnotation(PreAuthorize.class) == null
                            && c.getAnnotation(PreAuthorize.class) == null) {
                        unguarded.add(c.getSimpleName() + "." + m.getName());
                    }
                }
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException(e);
            }
        }
        assertThat(unguarded).as("public service methods without @PreAuthorize").isEmpty();
    }
}
