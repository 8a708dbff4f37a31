package dk.samtalenotat.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The application never writes to the console: WildFly copies stdout and stderr into server.log,
 * which the retention schedule does not shred, so a line printed there (a transcript's words, a
 * draft's sentence) would outlive its purpose. What must be logged goes through the loggers, whose
 * messages carry no content. Scans the main sources of the modules that go into the EAR.
 */
class NoConsoleOutputTest {

  private static final Pattern CONSOLE =
      Pattern.compile("System\\s*\\.\\s*(?:out|err)\\b|\\.printStackTrace\\s*\\(\\s*\\)");

  @Test
  void noMainSourcePrintsToTheConsole() throws IOException {
    Path root = Path.of("").toAbsolutePath().getParent();
    List<Path> modules =
        Stream.of("ejb", "integration", "web", "ear/health")
            .map(m -> root.resolve(m).resolve("src/main/java"))
            .filter(Files::isDirectory)
            .toList();
    assertTrue(modules.size() >= 3, "the modules' sources are found from " + root);
    List<String> printing = new ArrayList<>();
    for (Path module : modules) {
      try (Stream<Path> files = Files.walk(module)) {
        for (Path f : files.filter(f -> f.toString().endsWith(".java")).toList()) {
          if (CONSOLE.matcher(Files.readString(f)).find()) {
            printing.add(root.relativize(f).toString());
          }
        }
      }
    }
    assertEquals(List.of(), printing);
  }
}
