package dk.samtalenotat.language;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads word lists: UTF-8 text beside a class, one entry a line, {@code #} starts a comment, {@code
 * word=value} where a value belongs to the word. Entries are lower case. Language knowledge is kept
 * as such lists rather than as patterns in code.
 */
public final class WordList {

  private WordList() {}

  /** The lines of a list of this package, without comments and blank lines, in file order. */
  static List<String> lines(String name) {
    return lines(WordList.class, name);
  }

  /** A list of {@code word=value} lines of this package as a map. */
  static Map<String, String> map(String name) {
    return map(WordList.class, name);
  }

  /** The lines of the list {@code name} beside {@code owner}, without comments and blank lines. */
  public static List<String> lines(Class<?> owner, String name) {
    InputStream in = owner.getResourceAsStream(name);
    if (in == null) {
      throw new IllegalStateException("word list " + name + " is missing from the build");
    }
    List<String> lines = new ArrayList<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      while ((line = r.readLine()) != null) {
        String entry = line.strip();
        if (!entry.isEmpty() && !entry.startsWith("#")) {
          lines.add(entry.toLowerCase(Locale.ROOT));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("word list " + name + " unreadable", e);
    }
    return List.copyOf(lines);
  }

  /** The {@code word=value} list {@code name} beside {@code owner}; the first value wins. */
  public static Map<String, String> map(Class<?> owner, String name) {
    Map<String, String> map = new LinkedHashMap<>();
    for (String line : lines(owner, name)) {
      int eq = line.indexOf('=', 1);
      if (eq < 0) {
        throw new IllegalStateException("word list " + name + ": no value in '" + line + "'");
      }
      map.putIfAbsent(line.substring(0, eq).strip(), line.substring(eq + 1).strip());
    }
    return Map.copyOf(map);
  }
}
