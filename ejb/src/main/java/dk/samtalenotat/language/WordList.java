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
 * Reads the word lists of this package: UTF-8 text, one entry a line, {@code #} starts a comment,
 * {@code word=value} where a value belongs to the word. Words are lower case.
 */
final class WordList {

  private WordList() {}

  /** The lines of a list, without comments and blank lines, in file order. */
  static List<String> lines(String name) {
    InputStream in = WordList.class.getResourceAsStream(name);
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

  /** A list of {@code word=value} lines as a map; the first value of a word wins. */
  static Map<String, String> map(String name) {
    Map<String, String> map = new LinkedHashMap<>();
    for (String line : lines(name)) {
      int eq = line.indexOf('=', 1);
      if (eq < 0) {
        throw new IllegalStateException("word list " + name + ": no value in '" + line + "'");
      }
      map.putIfAbsent(line.substring(0, eq).strip(), line.substring(eq + 1).strip());
    }
    return Map.copyOf(map);
  }
}
