package org.qcommons.benchmark;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.internal.StateNode;
import com.vaadin.flow.internal.StateTree;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.WrappedSession;
import jakarta.servlet.http.HttpSession;
import java.lang.ref.Reference;
import java.lang.reflect.Array;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Where one session's heap goes: the objects reachable from one session and not from another (so not shared
 * singletons, caches or classes), each counted once, against the component that reaches it first. The class
 * histogram says which classes grow with each UI; this says which part of the page holds them.
 */
final class HeapWalk {

    private static final sun.misc.Unsafe UNSAFE = unsafe();
    private static final Map<Class<?>, List<Accessor>> FIELDS = new HashMap<>();
    private static final Map<Class<?>, Long> SIZES = new HashMap<>();

    private HeapWalk() {}

    /**
     * Objects every session shares: reachable from the Vaadin service (and so the Spring context), not passing
     * through any session, UI, component or state node.
     */
    static Set<Object> shared(VaadinService service) {
        Set<Object> seen = Collections.newSetFromMap(new IdentityHashMap<>(1 << 20));
        walk(service, seen, HeapWalk::perSession);
        return seen;
    }

    private static boolean perSession(Object o) {
        return o instanceof VaadinSession
                || o instanceof Component
                || o instanceof StateNode
                || o instanceof StateTree
                || o instanceof HttpSession
                || o instanceof WrappedSession;
    }

    /**
     * Bytes unique to this session (not in {@code shared}), by holder: each component of the UI first (leaves
     * before their parents, not entering other components' nodes), then the UI, then the session. Other
     * sessions' objects are never entered.
     */
    static Map<String, Long> breakdown(UI ui, Object httpSession, Set<Object> shared) {
        Set<Object> seen = Collections.newSetFromMap(new IdentityHashMap<>(1 << 16));
        Map<String, Long> bytes = new HashMap<>();
        List<Component> components = new ArrayList<>();
        collect(ui, components);
        Set<Object> own = Collections.newSetFromMap(new IdentityHashMap<>());
        own.addAll(List.of(
                httpSession,
                ui.getSession(),
                ui.getSession().getSession(),
                ui.getInternals().getStateTree()));
        Set<Object> componentNodes = Collections.newSetFromMap(new IdentityHashMap<>());
        components.forEach(c -> {
            own.add(c);
            componentNodes.add(c.getElement().getNode());
        });
        StateTree tree = ui.getInternals().getStateTree();
        // A node of this UI's tree is ours even when no component owns it (renderer templates, virtual children).
        Predicate<Object> foreign = o -> o instanceof StateNode n
                ? (n.getOwner() instanceof StateTree t && t != tree)
                : perSession(o) && !own.contains(o);
        Collections.reverse(components);
        for (Component c : components) {
            StateNode node = c.getElement().getNode();
            Predicate<Object> stop = o -> foreign.test(o)
                    || (o != c
                            && o != node
                            && (o instanceof Component
                                    || componentNodes.contains(o)
                                    || (perSession(o) && !(o instanceof StateNode))));
            add(bytes, label(c), walkSize(c, seen, shared, stop));
        }
        add(bytes, "UI internals", walkSize(ui, seen, shared, foreign));
        add(bytes, "session", walkSize(httpSession, seen, shared, foreign));
        return bytes;
    }

    private static String label(Component c) {
        String name = c.getClass().getName();
        return name.substring(name.lastIndexOf('.') + 1)
                + c.getId().map(id -> "#" + id).orElse("");
    }

    private static void collect(Component c, List<Component> out) {
        out.add(c);
        c.getChildren().forEach(child -> collect(child, out));
    }

    private static void add(Map<String, Long> bytes, String key, long n) {
        if (n > 0) {
            bytes.merge(key, n, Long::sum);
        }
    }

    private static long walkSize(Object root, Set<Object> seen, Set<Object> shared, Predicate<Object> stop) {
        Set<Object> mine = Collections.newSetFromMap(new IdentityHashMap<>());
        walk(root, mine, o -> seen.contains(o) || shared.contains(o) || stop.test(o));
        long total = 0;
        for (Object o : mine) {
            if (!shared.contains(o) && seen.add(o)) {
                total += sizeOf(o);
            }
        }
        return total;
    }

    private static void walk(Object root, Set<Object> seen, Predicate<Object> stop) {
        Deque<Object> todo = new ArrayDeque<>();
        todo.push(root);
        seen.add(root);
        while (!todo.isEmpty()) {
            Object o = todo.pop();
            Class<?> c = o.getClass();
            if (c.isArray()) {
                if (!c.getComponentType().isPrimitive()) {
                    int n = Array.getLength(o);
                    for (int i = 0; i < n; i++) {
                        visit(Array.get(o, i), seen, stop, todo);
                    }
                }
                continue;
            }
            for (Accessor a : fields(c)) {
                visit(a.get(o), seen, stop, todo);
            }
        }
    }

    private static void visit(Object v, Set<Object> seen, Predicate<Object> stop, Deque<Object> todo) {
        if (v == null
                || v instanceof Class
                || v instanceof ClassLoader
                || v instanceof Thread
                || v instanceof Module
                || seen.contains(v)
                || stop.test(v)) {
            return;
        }
        seen.add(v);
        todo.push(v);
    }

    static long sizeOf(Object o) {
        Class<?> c = o.getClass();
        if (c.isArray()) {
            long size = UNSAFE.arrayBaseOffset(c) + (long) UNSAFE.arrayIndexScale(c) * Array.getLength(o);
            return (size + 7) & ~7L;
        }
        return SIZES.computeIfAbsent(c, HeapWalk::instanceSize);
    }

    private static long instanceSize(Class<?> c) {
        long end = 12;
        int fieldsWithoutOffset = 0;
        for (Class<?> k = c; k != null; k = k.getSuperclass()) {
            for (Field f : k.getDeclaredFields()) {
                if (Modifier.isStatic(f.getModifiers())) {
                    continue;
                }
                try {
                    long width = f.getType().isPrimitive() ? primitiveWidth(f.getType()) : 4;
                    end = Math.max(end, UNSAFE.objectFieldOffset(f) + width);
                } catch (UnsupportedOperationException hiddenOrRecord) {
                    fieldsWithoutOffset++;
                }
            }
        }
        return (end + 4L * fieldsWithoutOffset + 7) & ~7L;
    }

    private static long primitiveWidth(Class<?> t) {
        return t == long.class || t == double.class
                ? 8
                : t == int.class || t == float.class ? 4 : t == short.class || t == char.class ? 2 : 1;
    }

    private static List<Accessor> fields(Class<?> c) {
        return FIELDS.computeIfAbsent(c, HeapWalk::referenceFields);
    }

    private static List<Accessor> referenceFields(Class<?> c) {
        List<Accessor> out = new ArrayList<>();
        for (Class<?> k = c; k != null; k = k.getSuperclass()) {
            for (Field f : k.getDeclaredFields()) {
                if (Modifier.isStatic(f.getModifiers())
                        || f.getType().isPrimitive()
                        || (k == Reference.class && f.getName().equals("referent"))) {
                    continue;
                }
                try {
                    long offset = UNSAFE.objectFieldOffset(f);
                    out.add(o -> UNSAFE.getObject(o, offset));
                } catch (UnsupportedOperationException hiddenOrRecord) {
                    try {
                        f.setAccessible(true);
                        out.add(o -> {
                            try {
                                return f.get(o);
                            } catch (IllegalAccessException e) {
                                return null;
                            }
                        });
                    } catch (RuntimeException inaccessible) {
                        // a JDK-internal lambda or record: rare in a UI's graph, and not ours to slim
                    }
                }
            }
        }
        return out;
    }

    @FunctionalInterface
    private interface Accessor {
        Object get(Object o);
    }

    private static sun.misc.Unsafe unsafe() {
        try {
            Field f = sun.misc.Unsafe.class.getDeclaredField("theUnsafe");
            f.setAccessible(true);
            return (sun.misc.Unsafe) f.get(null);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
