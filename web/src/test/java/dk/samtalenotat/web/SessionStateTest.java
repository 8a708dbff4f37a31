package dk.samtalenotat.web;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.Serializable;
import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Everything a view-scoped or session-scoped bean keeps is Serializable, down to the records it
 * holds: in a cluster the session (with the Faces views and their beans) is replicated to the other
 * nodes after every request, and one field that cannot be serialized stops the replication of the
 * whole session, so the caseworker would be signed out when her node goes (ClusterIT proves the
 * failover itself). Injected fields are proxies the container serializes itself.
 */
class SessionStateTest {

  @Test
  void everyFieldOfEveryViewAndSessionBeanIsSerializable() throws Exception {
    List<Class<?>> beans = scopedBeans();
    assertTrue(beans.size() > 10, "view beans found: " + beans);
    List<String> problems = new ArrayList<>();
    Set<Type> seen = new HashSet<>();
    for (Class<?> bean : beans) {
      if (!Serializable.class.isAssignableFrom(bean)) {
        problems.add(bean.getName() + " is not Serializable");
      }
      checkFields(bean, bean.getSimpleName(), seen, problems);
    }
    if (!problems.isEmpty()) {
      fail(
          "not Serializable, so the session cannot be replicated:\n" + String.join("\n", problems));
    }
  }

  private static void checkFields(
      Class<?> type, String path, Set<Type> seen, List<String> problems) {
    for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
      for (Field field : c.getDeclaredFields()) {
        int modifiers = field.getModifiers();
        if (Modifier.isStatic(modifiers)
            || Modifier.isTransient(modifiers)
            || field.isAnnotationPresent(Inject.class)
            || field.isAnnotationPresent(EJB.class)
            || field.isSynthetic()) {
          continue;
        }
        check(field.getGenericType(), path + "." + field.getName(), seen, problems);
      }
    }
  }

  private static void check(Type type, String path, Set<Type> seen, List<String> problems) {
    if (!seen.add(type)) {
      return;
    }
    if (type instanceof ParameterizedType p) {
      check(p.getRawType(), path, seen, problems);
      for (Type argument : p.getActualTypeArguments()) {
        check(argument, path + "<>", seen, problems);
      }
    } else if (type instanceof WildcardType w) {
      for (Type bound : w.getUpperBounds()) {
        check(bound, path, seen, problems);
      }
    } else if (type instanceof GenericArrayType a) {
      check(a.getGenericComponentType(), path + "[]", seen, problems);
    } else if (type instanceof Class<?> c) {
      if (c.isArray()) {
        check(c.getComponentType(), path + "[]", seen, problems);
      } else if (c.isPrimitive() || c.isEnum() || c == Object.class) {
        return;
      } else if (c.isInterface()) {
        // List, Map, Set: what they hold is checked through their type arguments.
        return;
      } else if (!Serializable.class.isAssignableFrom(c)) {
        problems.add(path + ": " + c.getName());
      } else if (c.getName().startsWith("dk.samtalenotat.")) {
        checkFields(c, path, seen, problems);
      }
    }
  }

  /** The web module's classes annotated @ViewScoped or @SessionScoped. */
  private static List<Class<?>> scopedBeans() throws IOException, URISyntaxException {
    Path classes =
        Path.of(SessionStateTest.class.getProtectionDomain().getCodeSource().getLocation().toURI())
            .resolveSibling("classes");
    List<Class<?>> beans = new ArrayList<>();
    try (Stream<Path> files = Files.walk(classes)) {
      for (Path file : (Iterable<Path>) files::iterator) {
        String name = classes.relativize(file).toString();
        if (!name.endsWith(".class") || name.contains("$")) {
          continue;
        }
        String className = name.substring(0, name.length() - 6).replace('/', '.');
        try {
          Class<?> c = Class.forName(className, false, SessionStateTest.class.getClassLoader());
          if (c.isAnnotationPresent(ViewScoped.class)
              || c.isAnnotationPresent(SessionScoped.class)) {
            beans.add(c);
          }
        } catch (ClassNotFoundException | LinkageError e) {
          // A class whose dependencies are not on the test class path holds no session state.
        }
      }
    }
    return beans;
  }
}
