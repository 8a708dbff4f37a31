package dk.samtalenotat.language;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.ParseException;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.logging.Logger;
import org.apache.lucene.analysis.hunspell.AffixedWord;
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

  /** A dictionary and the word classes its suffix flags stand for, read from its .aff file. */
  private record Loaded(Dictionary dictionary, Map<String, Set<DanishWords.WordClass>> flags) {}

  private static final class Holder {
    static final Loaded LOADED = load();
    static final Dictionary DICTIONARY = LOADED == null ? null : LOADED.dictionary();
  }

  private static final ThreadLocal<Hunspell> SPELLER =
      ThreadLocal.withInitial(
          () -> Holder.DICTIONARY == null ? null : new Hunspell(Holder.DICTIONARY));

  static boolean available() {
    return Holder.DICTIONARY != null;
  }

  /** Bounded caches: a dictionary look-up of a compound takes milliseconds. */
  private static final int CACHE_LIMIT = 100_000;

  private static final Map<String, List<String>> ROOTS = new ConcurrentHashMap<>();
  private static final Map<String, Boolean> KNOWN = new ConcurrentHashMap<>();
  private static final Map<String, Set<DanishWords.WordClass>> CLASSES = new ConcurrentHashMap<>();

  private static <V> V cached(Map<String, V> cache, String key, Function<String, V> compute) {
    V v = cache.get(key);
    if (v == null) {
      v = compute.apply(key);
      if (cache.size() > CACHE_LIMIT) {
        cache.clear();
      }
      cache.put(key, v);
    }
    return v;
  }

  /**
   * The word classes a word may belong to, from the suffixes its dictionary entries take (a
   * definite or plural ending makes a noun, a past tense a verb, a comparative an adjective); empty
   * when the dictionary does not know the word or is not installed.
   */
  static Set<DanishWords.WordClass> classes(String lowerCaseWord) {
    return cached(CLASSES, lowerCaseWord, HunspellDanish::lookUpClasses);
  }

  private static Set<DanishWords.WordClass> lookUpClasses(String lowerCaseWord) {
    Hunspell h = SPELLER.get();
    if (h == null || lowerCaseWord.isEmpty()) {
      return Set.of();
    }
    Set<DanishWords.WordClass> classes = EnumSet.noneOf(DanishWords.WordClass.class);
    try {
      for (AffixedWord w : h.analyzeSimpleWord(lowerCaseWord)) {
        Set<DanishWords.WordClass> entry = EnumSet.noneOf(DanishWords.WordClass.class);
        for (String flag : w.getDictEntry().getFlags().split(",")) {
          entry.addAll(Holder.LOADED.flags().getOrDefault(flag, Set.of()));
        }
        if (entry.contains(DanishWords.WordClass.VERB)
            || entry.contains(DanishWords.WordClass.ADJECTIVE)) {
          // A definite or plural ending on a verb or adjective entry is its participle or its
          // inflection, not a noun's.
          entry.remove(DanishWords.WordClass.NOUN);
        }
        classes.addAll(entry.isEmpty() ? Set.of(DanishWords.WordClass.OTHER) : entry);
      }
    } catch (RuntimeException unreadable) {
      return Set.of();
    }
    return Set.copyOf(classes);
  }

  /** The dictionary forms of a word ("fik" gives "få"); empty when unknown or no dictionary. */
  static List<String> roots(String lowerCaseWord) {
    return cached(ROOTS, lowerCaseWord, HunspellDanish::lookUpRoots);
  }

  private static List<String> lookUpRoots(String lowerCaseWord) {
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
    return cached(KNOWN, word, HunspellDanish::lookUpKnown);
  }

  private static boolean lookUpKnown(String word) {
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

  private static Loaded load() {
    String configured =
        System.getProperty(SETTING, System.getenv("SAMTALENOTAT_LANGUAGE_HUNSPELL"));
    if ("none".equalsIgnoreCase(configured)) {
      LOG.info("Danish Hunspell dictionary switched off; lemmas by the Snowball stemmer only");
      return null;
    }
    try {
      if (configured != null && !configured.isBlank()) {
        Optional<Loaded> there = fromFiles(Path.of(configured.strip()));
        if (there.isEmpty()) {
          LOG.warning(
              "no Danish Hunspell dictionary at the configured "
                  + SETTING
                  + "; lemmas by the Snowball stemmer only");
        }
        return there.orElse(null);
      }
      Optional<Loaded> onClassPath = fromClassPath();
      if (onClassPath.isPresent()) {
        return onClassPath.get();
      }
      Optional<Loaded> debian = fromFiles(Path.of(DEFAULT_PATH));
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

  private static Optional<Loaded> fromFiles(Path base) throws IOException, ParseException {
    Path aff = Path.of(base + ".aff");
    Path dic = Path.of(base + ".dic");
    if (!Files.isReadable(aff) || !Files.isReadable(dic)) {
      return Optional.empty();
    }
    try (InputStream d = Files.newInputStream(dic)) {
      Loaded loaded = read(Files.readAllBytes(aff), d);
      LOG.info("Danish Hunspell dictionary read from " + base);
      return Optional.of(loaded);
    }
  }

  private static Optional<Loaded> fromClassPath() throws IOException, ParseException {
    ClassLoader loader = HunspellDanish.class.getClassLoader();
    try (InputStream a = loader.getResourceAsStream("hunspell/da_DK.aff");
        InputStream d = loader.getResourceAsStream("hunspell/da_DK.dic")) {
      if (a == null || d == null) {
        return Optional.empty();
      }
      Loaded loaded = read(a.readAllBytes(), d);
      LOG.info("Danish Hunspell dictionary read from the class path");
      return Optional.of(loaded);
    }
  }

  private static Loaded read(byte[] aff, InputStream dic) throws IOException, ParseException {
    Dictionary dictionary =
        new Dictionary(new ByteBuffersDirectory(), "hunspell", new ByteArrayInputStream(aff), dic);
    return new Loaded(dictionary, wordClassesOfFlags(new String(aff, StandardCharsets.UTF_8)));
  }

  /**
   * Reads which word classes the suffix flags of an .aff file stand for, from the morphological
   * tags Stavekontrolden writes on its rules (+BESTEMT_ENTAL, +DATID, +KOMPARATIV, ...), following
   * the flags a rule passes on (a doubled consonant before a definite ending).
   */
  static Map<String, Set<DanishWords.WordClass>> wordClassesOfFlags(String aff) {
    Map<String, Set<DanishWords.WordClass>> direct = new HashMap<>();
    Map<String, Set<String>> passesOn = new HashMap<>();
    for (String line : aff.split("\\R")) {
      String[] f = line.strip().split("\\s+");
      if (f.length < 5 || !f[0].equals("SFX")) {
        continue;
      }
      String flag = f[1];
      Set<DanishWords.WordClass> classes =
          direct.computeIfAbsent(flag, k -> EnumSet.noneOf(DanishWords.WordClass.class));
      int slash = f[3].indexOf('/');
      if (slash >= 0) {
        passesOn
            .computeIfAbsent(flag, k -> new HashSet<>())
            .addAll(List.of(f[3].substring(slash + 1).split(",")));
      }
      String tags = line.toUpperCase(Locale.ROOT);
      if (tags.contains("+BESTEMT_ENTAL") || tags.contains("+PLUR_")) {
        classes.add(DanishWords.WordClass.NOUN);
      }
      if (tags.contains("+DATID")
          || tags.contains("+NUTID")
          || tags.contains("+PERF_PART")
          || tags.contains("+IMPERATIV")
          || tags.contains("+PASSIV")) {
        classes.add(DanishWords.WordClass.VERB);
      }
      if (tags.contains("+KOMPARATIV") || tags.contains("+SUPERLATIV")) {
        classes.add(DanishWords.WordClass.ADJECTIVE);
      }
    }
    Map<String, Set<DanishWords.WordClass>> all = new HashMap<>();
    for (Map.Entry<String, Set<DanishWords.WordClass>> d : direct.entrySet()) {
      Set<DanishWords.WordClass> classes = EnumSet.noneOf(DanishWords.WordClass.class);
      classes.addAll(d.getValue());
      for (String next : passesOn.getOrDefault(d.getKey(), Set.of())) {
        classes.addAll(direct.getOrDefault(next, Set.of()));
      }
      all.put(d.getKey(), Set.copyOf(classes));
    }
    return Map.copyOf(all);
  }
}
