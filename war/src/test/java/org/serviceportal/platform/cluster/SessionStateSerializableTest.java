package org.serviceportal.platform.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.context.SessionScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.Produces;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.Serializable;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Sessions travel between the nodes of a cluster ({@code <distributable/>}): every session- and
 * view-scoped bean, and everything it holds, must be serialisable. Checked on the compiled classes:
 * each such bean, and each class of the portal reachable through its fields, implements
 * {@link Serializable}; injected beans are either normal-scoped (their proxies travel) or serialisable.
 * An injected field is never {@code transient}: after the session moved to another node it would be
 * null there, and the first postback on that node would fail.
 */
class SessionStateSerializableTest {

    private static final Path CLASSES = Path.of("target/classes");

    @Test
    void everySessionAndViewScopedBeanCanTravel() throws Exception {
        List<Class<?>> beans = beans();
        assertTrue(beans.size() > 10, "found the scoped beans: " + beans);
        List<String> problems = new ArrayList<>();
        Set<Class<?>> seen = new HashSet<>();
        for (Class<?> bean : beans) {
            checkClass(bean, bean.getSimpleName(), seen, problems);
        }
        assertEquals(List.of(), problems, "session state that cannot be serialised");
    }

    @Test
    void noSessionOrViewScopedBeanHoldsAnInjectedFieldThatComesBackEmpty() throws Exception {
        Set<Class<?>> produced = normalScopedProducts();
        List<String> problems = new ArrayList<>();
        for (Class<?> bean : beans()) {
            for (Class<?> k = bean; k != null && k.getName().startsWith("org.serviceportal."); k = k.getSuperclass()) {
                for (Field f : k.getDeclaredFields()) {
                    if (!f.isAnnotationPresent(Inject.class)) {
                        continue;
                    }
                    String where = bean.getSimpleName() + "." + f.getName();
                    if (Modifier.isTransient(f.getModifiers())) {
                        problems.add(where + " is transient: null after the session moved to another node");
                    } else if (!travels(f.getType(), produced)) {
                        problems.add(where + ": " + f.getType().getName() + " is no normal-scoped bean; inject"
                                + " Instance<" + f.getType().getSimpleName() + "> and look it up when needed");
                    }
                }
            }
        }
        assertEquals(List.of(), problems, "injected fields of session state that do not survive a move");
    }

    /** Whether an injected reference of this type is serialised as a proxy that finds the bean again. */
    private static boolean travels(Class<?> type, Set<Class<?>> produced) {
        return normalScoped(type) || produced.contains(type)
                // built-in beans, passivation capable by the CDI specification
                || type == Instance.class || type == HttpServletRequest.class || type == BeanManager.class;
    }

    /** The types that a producer method of the portal makes as a normal-scoped bean (e.g. the Clock). */
    private static Set<Class<?>> normalScopedProducts() throws IOException, ClassNotFoundException {
        Set<Class<?>> types = new HashSet<>();
        for (Class<?> c : classes()) {
            for (Method m : c.getDeclaredMethods()) {
                if (m.isAnnotationPresent(Produces.class) && (m.isAnnotationPresent(ApplicationScoped.class)
                        || m.isAnnotationPresent(RequestScoped.class) || m.isAnnotationPresent(SessionScoped.class))) {
                    types.add(m.getReturnType());
                }
            }
        }
        return types;
    }

    private static List<Class<?>> beans() throws IOException, ClassNotFoundException {
        return classes().stream()
                .filter(c -> c.isAnnotationPresent(ViewScoped.class) || c.isAnnotationPresent(SessionScoped.class))
                .toList();
    }

    private static List<Class<?>> classes() throws IOException, ClassNotFoundException {
        List<Class<?>> classes = new ArrayList<>();
        try (Stream<Path> files = Files.walk(CLASSES)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".class")).toList()) {
                String name = CLASSES.relativize(f).toString().replace('/', '.').replaceAll("\\.class$", "");
                classes.add(Class.forName(name, false, SessionStateSerializableTest.class.getClassLoader()));
            }
        }
        return classes;
    }

    private static void checkClass(Class<?> c, String path, Set<Class<?>> seen, List<String> problems) {
        if (!seen.add(c)) {
            return;
        }
        if (!Serializable.class.isAssignableFrom(c)) {
            problems.add(path + ": " + c.getName() + " is not Serializable");
            return;
        }
        for (Class<?> k = c; k != null && k.getName().startsWith("org.serviceportal."); k = k.getSuperclass()) {
            for (Field f : k.getDeclaredFields()) {
                int mod = f.getModifiers();
                if (Modifier.isStatic(mod) || Modifier.isTransient(mod) || f.isSynthetic()) {
                    continue;
                }
                String where = path + "." + f.getName();
                if (f.isAnnotationPresent(Inject.class)) {
                    continue; // a client proxy, serialisable by the container: the test above checks which
                }
                checkType(f.getGenericType(), where, seen, problems);
            }
        }
    }

    private static void checkType(Type type, String path, Set<Class<?>> seen, List<String> problems) {
        if (type instanceof ParameterizedType p) {
            checkType(p.getRawType(), path, seen, problems);
            for (Type arg : p.getActualTypeArguments()) {
                checkType(arg, path + "<>", seen, problems);
            }
            return;
        }
        if (type instanceof WildcardType w) {
            for (Type upper : w.getUpperBounds()) {
                checkType(upper, path, seen, problems);
            }
            return;
        }
        if (!(type instanceof Class<?> c) || c.isPrimitive() || c.isEnum()) {
            return;
        }
        if (c.isArray()) {
            checkType(c.getComponentType(), path + "[]", seen, problems);
            return;
        }
        if (c.getName().startsWith("org.serviceportal.")) {
            checkClass(c, path, seen, problems);
            return;
        }
        // the collection interfaces hold serialisable implementations here; their elements are checked above
        boolean container = c == List.class || c == Map.class || c == Set.class || c == Collection.class || c == Optional.class;
        if (c == Optional.class) {
            problems.add(path + ": Optional is not Serializable");
        } else if (!container && !Serializable.class.isAssignableFrom(c)) {
            problems.add(path + ": " + c.getName() + " is not Serializable");
        }
    }

    private static boolean normalScoped(Class<?> type) {
        return type.isAnnotationPresent(ApplicationScoped.class) || type.isAnnotationPresent(RequestScoped.class)
                || type.isAnnotationPresent(SessionScoped.class) || type.isAnnotationPresent(ViewScoped.class);
    }
}
