package dk.samtalenotat.language;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.ParseException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Logger;
import org.apache.lucene.analysis.hunspell.Dictionary;
import org.apache.lucene.analysis.hunspell.Hunspell;
import org.apache.lucene.store.ByteBuffersDirectory;

/**
 * The Danish Hunspell dictionary (Stavekontrolden, as Debian's {@code hunspell-da} ships it), read
 * through Lucene's Hunspell support, for lemmas of irregular forms ("fik" is "få", "sagde" is
 * "sige") and for knowing whether a word part is a word.
 *
 * <p>The dictionary is not bundled: it is licensed GPL 2.0 / LGPL 2.1 / MPL 1.1, which an
 * installation accepts by installing the package. It is read from {@code
 * samtalenotat.language.hunspell} (a system property or the environment variable {@code
 * SAMTALENOTAT_LANGUAGE_HUNSPELL}: the path without {@code .aff}/{@code .dic}, or {@code none}),
 * else from {@code hunspell/da_DK.aff|dic} on the class path, else from Debian's {@code
 * /usr/share/hunspell/da_DK}. Without it, lemmas fall back to the Snowball stemmer alone.
 */
final class HunspellDanish {

  static final String SETTING = "samtalenotat.language.hunspell";
  private static final String DEFAULT_PATH = "/usr/share/hunspell/da_DK";
  private static final Logger LOG = Logger.getLogger(HunspellDanish.class.getName());

  private HunspellDanish() {}

  private static final class Holder {
    static final Dictionary DICTIONARY = load();
  }

  private static final ThreadLocal<Hunspell> SPELLER =
      ThreadLocal.withInitial(
          () -> Holder.DICTIONARY == null ? null : new Hunspell(Holder.DICTIONARY));

  static boolean available() {
    return Holder.DICTIONARY != null;
  }

  /** The dictionary forms of a word ("fik" gives "få"); empty when unknown or no dictionary. */
  static List<String> roots(String lowerCaseWord) {
    Hunspell h = SPELLER.get();
    if (h == null || lowerCaseWord.isEmpty()) {
      return List.of();
    }
    try {
      return h.getRoots(lowerCaseWord).stream().map(r -> r.toLowerCase(Locale.ROOT)).toList();
    } catch (RuntimeException unreadable) {
      return List.of();
    }
  }

  /** Whether the dictionary knows the word, compounds included; false without a dictionary. */
  static boolean known(String word) {
    Hunspell h = SPELLER.get();
    if (h == null || word.isEmpty()) {
      return false;
    }
    try {
      return h.spell(word);
    } catch (RuntimeException unreadable) {
      return false;
    }
  }

  private static Dictionary load() {
    String configured =
        System.getProperty(SETTING, System.getenv("SAMTALENOTAT_LANGUAGE_HUNSPELL"));
    if ("none".equalsIgnoreCase(configured)) {
      LOG.info("Danish Hunspell dictionary switched off; lemmas by the Snowball stemmer only");
      return null;
    }
    try {
      if (configured != null && !configured.isBlank()) {
        return fromFiles(Path.of(configured.strip()))
            .orElseGet(
                () -> {
                  LOG.warning(
                      "no Danish Hunspell dictionary at the configured "
                          + SETTING
                          + "; lemmas by the Snowball stemmer only");
                  return null;
                });
      }
      Optional<Dictionary> onClassPath = fromClassPath();
      if (onClassPath.isPresent()) {
        return onClassPath.get();
      }
      Optional<Dictionary> debian = fromFiles(Path.of(DEFAULT_PATH));
      if (debian.isEmpty()) {
        LOG.info("no Danish Hunspell dictionary installed; lemmas by the Snowball stemmer only");
      }
      return debian.orElse(null);
    } catch (IOException | ParseException | RuntimeException e) {
      LOG.warning(
          "Danish Hunspell dictionary unreadable ("
              + e.getClass().getSimpleName()
              + "); lemmas by the Snowball stemmer only");
      return null;
    }
  }

  private static Optional<Dictionary> fromFiles(Path base) throws IOException, ParseException {
    Path aff = Path.of(base + ".aff");
    Path dic = Path.of(base + ".dic");
    if (!Files.isReadable(aff) || !Files.isReadable(dic)) {
      return Optional.empty();
    }
    try (InputStream a = Files.newInputStream(aff);
        InputStream d = Files.newInputStream(dic)) {
      Dictionary dictionary = new Dictionary(new ByteBuffersDirectory(), "hunspell", a, d);
      LOG.info("Danish Hunspell dictionary read from " + base);
      return Optional.of(dictionary);
    }
  }

  private static Optional<Dictionary> fromClassPath() throws IOException, ParseException {
    ClassLoader loader = HunspellDanish.class.getClassLoader();
    try (InputStream a = loader.getResourceAsStream("hunspell/da_DK.aff");
        InputStream d = loader.getResourceAsStream("hunspell/da_DK.dic")) {
      if (a == null || d == null) {
        return Optional.empty();
      }
      Dictionary dictionary = new Dictionary(new ByteBuffersDirectory(), "hunspell", a, d);
      LOG.info("Danish Hunspell dictionary read from the class path");
      return Optional.of(dictionary);
    }
  }
}
