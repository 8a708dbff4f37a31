package dk.samtalenotat.web.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Walks every path template of the REST API and holds its parameters to values that are not
 * personal data. A request's path, values included, goes into its OpenTelemetry span ({@code
 * url.path}) and the access log of the web server, and a span leaves the installation for a
 * collector: only query values are dropped there (TraceSpans), and a CPR-shaped path segment is
 * only masked as a last resort. A new path parameter needs its reason here.
 */
class RestPathsTest {

  /** Each path parameter the API may have, and why its value is not personal data. */
  private static final Map<String, String> ALLOWED =
      Map.of(
          "id", "a conversation's database id: a number with no meaning outside the installation",
          "key", "an upload's random key",
          "seq", "a chunk's sequence number",
          "cvr", "a municipality's CVR number: a public authority's number",
          "userKey", "an employee's key from sign-on (no CPR number)");

  private static final Pattern TEMPLATE_PARAMETER = Pattern.compile("\\{([A-Za-z]+)[^}]*}");

  @Test
  void everyPathParameterIsOneWhoseValueIsNotPersonalData() throws Exception {
    Map<String, List<String>> found = new TreeMap<>();
    for (Class<?> resource : resources()) {
      String base = pathOf(resource.getAnnotation(Path.class));
      for (Method method : resource.getDeclaredMethods()) {
        String template = base + pathOf(method.getAnnotation(Path.class));
        Matcher m = TEMPLATE_PARAMETER.matcher(template);
        while (m.find()) {
          found.computeIfAbsent(m.group(1), k -> new ArrayList<>()).add(template);
        }
        for (Parameter p : method.getParameters()) {
          PathParam param = p.getAnnotation(PathParam.class);
          if (param != null) {
            found.computeIfAbsent(param.value(), k -> new ArrayList<>()).add(template);
            // A number or a key: a CPR number cannot be passed as a conversation id or sequence.
            if (param.value().equals("id") || param.value().equals("seq")) {
              assertTrue(
                  p.getType() == long.class || p.getType() == int.class,
                  resource.getSimpleName() + "." + method.getName() + ": " + param.value());
            }
          }
        }
      }
    }
    // The walk found the API (an empty walk would pass anything).
    assertTrue(found.containsKey("key") && found.containsKey("cvr"), found.toString());
    for (Map.Entry<String, List<String>> e : found.entrySet()) {
      assertTrue(
          ALLOWED.containsKey(e.getKey()),
          "path parameter {"
              + e.getKey()
              + "} in "
              + e.getValue()
              + ": its value goes into spans and logs; say here why it is not personal data");
    }
    assertEquals(new TreeSet<>(ALLOWED.keySet()), new TreeSet<>(found.keySet()));
  }

  private static String pathOf(Path path) {
    return path == null ? "" : "/" + path.value();
  }

  /** The classes of this package with a {@code @Path}, read from the compiled classes' folder. */
  private static List<Class<?>> resources()
      throws IOException, URISyntaxException, ClassNotFoundException {
    String pkg = RestPathsTest.class.getPackageName();
    URL folder = RecordingResource.class.getResource("RecordingResource.class");
    List<Class<?>> resources = new ArrayList<>();
    try (Stream<java.nio.file.Path> files = Files.list(Paths.get(folder.toURI()).getParent())) {
      for (java.nio.file.Path file : files.toList()) {
        String name = file.getFileName().toString();
        if (name.endsWith(".class") && !name.contains("$")) {
          Class<?> c = Class.forName(pkg + "." + name.substring(0, name.length() - 6));
          if (c.isAnnotationPresent(Path.class)) {
            resources.add(c);
          }
        }
      }
    }
    return resources;
  }
}
