package org.serviceportal.platform.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.Serializable;
import java.lang.reflect.Field;
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

    private static List<Class<?>> beans() throws IOException, ClassNotFoundException {
        List<Class<?>> beans = new ArrayList<>();
        try (Stream<Path> files = Files.walk(CLASSES)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".class")).toList()) {
                String name = CLASSES.relativize(f).toString().replace('/', '.').replaceAll("\\.class$", "");
                Class<?> c = Class.forName(name, false, SessionStateSerializableTest.class.getClassLoader());
                if (c.isAnnotationPresent(ViewScoped.class) || c.isAnnotationPresent(SessionScoped.class)) {
                    beans.add(c);
                }
            }
        }
        return beans;
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
                if (f.isAnnotationPresent(Inject.class) && normalScoped(f.getType())) {
                    continue; // a client proxy, serialisable by the container
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
