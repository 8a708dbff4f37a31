package dk.samtalenotat.language;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.da.DanishAnalyzer;
import org.tartarus.snowball.ext.DanishStemmer;

/**
 * Words of Danish for comparing content: stems (Lucene's Snowball stemmer for Danish), lemmas of
 * irregular forms (the Hunspell dictionary when installed, see {@link HunspellDanish}), stop words
 * (Lucene's Danish list and this package's {@code stopwords.txt} for spoken Danish), negations, and
 * a test for content words. Without a part-of-speech tagger, a content word (noun, verb, proper
 * noun) is approximated as a word that is no stop word, filler, number or negation.
 */
public final class DanishWords {

  /** A word class, as far as the dictionary's suffix rules tell it. */
  public enum WordClass {
    NOUN,
    VERB,
    ADJECTIVE,
    /** Known to the dictionary, but taking none of the endings above (adverbs, particles). */
    OTHER
  }

  /** A word of a text and where it stands. */
  public record Word(int start, int end, String text, String lower) {

    public Word(int start, int end, String text) {
      this(start, end, text, text.toLowerCase(Locale.ROOT));
    }
  }

  private static final Pattern WORD =
      Pattern.compile("\\p{L}[\\p{L}\\p{M}]*(?:[-'’]\\p{L}[\\p{L}\\p{M}]*)*['’]?");

  private static final CharArraySet LUCENE_STOP = DanishAnalyzer.getDefaultStopSet();
  private static final Set<String> STOP = Set.copyOf(WordList.lines("stopwords.txt"));
  private static final Set<String> NEGATIONS = Set.copyOf(WordList.lines("negations.txt"));
  private static final Map<String, String> FILLERS = WordList.map("fillers.txt");

  /** Bounded caches: the vocabulary of conversations is large but not endless. */
  private static final int CACHE_LIMIT = 100_000;

  private static final Map<String, String> STEMS = new ConcurrentHashMap<>();
  private static final Map<String, Set<String>> KEYS = new ConcurrentHashMap<>();

  private DanishWords() {}

  /** The words of a text (letters, with inner hyphens and apostrophes: "A-kassen", "ka'"). */
  public static List<Word> words(String text) {
    List<Word> cached = WORDS.get(text);
    if (cached != null) {
      return cached;
    }
    List<Word> words = new ArrayList<>();
    Matcher m = WORD.matcher(text);
    while (m.find()) {
      words.add(new Word(m.start(), m.end(), m.group()));
    }
    List<Word> result = List.copyOf(words);
    remember(WORDS, text, result);
    return result;
  }

  private static final Map<String, List<Word>> WORDS = new ConcurrentHashMap<>();

  /** The Snowball stem of a word, lower case ("stillinger" and "stilling" give "stilling"). */
  public static String stem(String word) {
    String lower = word.toLowerCase(Locale.ROOT);
    String cached = STEMS.get(lower);
    if (cached != null) {
      return cached;
    }
    DanishStemmer stemmer = new DanishStemmer();
    stemmer.setCurrent(lower);
    stemmer.stem();
    String stem = stemmer.getCurrent();
    remember(STEMS, lower, stem);
    return stem;
  }

  /**
   * The dictionary forms of a word ("fik" gives "få", "stillinger" "stilling"); empty when the
   * dictionary does not know it or is not installed.
   */
  public static List<String> lemmas(String word) {
    return HunspellDanish.roots(word.toLowerCase(Locale.ROOT));
  }

  /**
   * The keys two words are compared by: the word's stem and the stems of its lemmas. Two words are
   * the same content word when their keys meet ("søgte" and "søger", "fik" and "får").
   */
  public static Set<String> keys(String word) {
    String lower = word.toLowerCase(Locale.ROOT);
    Set<String> cached = KEYS.get(lower);
    if (cached != null) {
      return cached;
    }
    Set<String> keys = new LinkedHashSet<>();
    keys.add(stem(lower));
    List<String> lemmas = lemmas(lower);
    for (String lemma : lemmas) {
      keys.add(stem(lemma));
    }
    for (String form : lemmas.isEmpty() ? List.of(lower) : lemmas) {
      String verb = verbNamed(form);
      if (verb != null) {
        keys.add(stem(verb));
      }
    }
    for (String key : List.copyOf(keys)) {
      String group = Synonyms.GROUPS.get(key);
      if (group != null) {
        keys.add(group);
      }
    }
    Set<String> result = Set.copyOf(keys);
    remember(KEYS, lower, result);
    return result;
  }

  /**
   * The verb a noun of action is made of, as a note names what a speaker did: "evaluering" of
   * "evaluere" ("så evaluerer vi"), "sygemelding" of "sygemelde", "afklaring" of "afklare". Null
   * when the word is no such noun or the dictionary knows no such verb; a verb of fewer than seven
   * letters is too often another word's beginning ("stilling" is no "stille"). A loan noun in
   * "-ation" names its verb in "-ere": "visitation" of "visitere" ("skal jeg visiteres om?").
   */
  static String verbNamed(String lower) {
    if (lower.endsWith("ation")) {
      String verb = lower.substring(0, lower.length() - "ation".length()) + "ere";
      if (verb.length() >= 7 && wordClasses(verb).contains(WordClass.VERB)) {
        return verb;
      }
    }
    for (String ending : List.of("ning", "ing")) {
      if (lower.endsWith(ending)) {
        String verb = lower.substring(0, lower.length() - ending.length()) + "e";
        if (verb.length() >= 7 && wordClasses(verb).contains(WordClass.VERB)) {
          return verb;
        }
      }
    }
    return null;
  }

  /**
   * The groups of {@code synonyms.txt}: each word's stems to the group's key ("=" and its first
   * word). Read apart from the other lists, since reading it asks for stems and lemmas.
   */
  private static final class Synonyms {
    static final Map<String, String> GROUPS = read();

    private static Map<String, String> read() {
      Map<String, String> groups = new HashMap<>();
      for (String line : WordList.lines("synonyms.txt")) {
        String[] words = line.strip().split("\\s+");
        for (String w : words) {
          groups.put(stem(w), "=" + words[0]);
          for (String lemma : lemmas(w)) {
            groups.put(stem(lemma), "=" + words[0]);
          }
        }
      }
      return Map.copyOf(groups);
    }
  }

  /** Whether two words share a key. */
  public static boolean sameWord(String a, String b) {
    Set<String> ka = keys(a);
    for (String k : keys(b)) {
      if (ka.contains(k)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The classes a word may belong to ("tale" is a noun and a verb). A compound the dictionary
   * builds by its rules ("lagerjob") takes the classes of its last part. Empty when no dictionary
   * is installed or it does not know the word.
   */
  public static Set<WordClass> wordClasses(String word) {
    String lower = word.toLowerCase(Locale.ROOT);
    Set<WordClass> cached = CLASSES.get(lower);
    if (cached != null) {
      return cached;
    }
    Set<WordClass> classes = lookUpClasses(lower);
    remember(CLASSES, lower, classes);
    return classes;
  }

  private static final Map<String, Set<WordClass>> CLASSES = new ConcurrentHashMap<>();

  private static Set<WordClass> lookUpClasses(String lower) {
    if (isPrefixedStrongVerb(lower)) {
      return EnumSet.of(WordClass.VERB);
    }
    Set<WordClass> classes = HunspellDanish.classes(lower);
    if (!classes.isEmpty() || !HunspellDanish.available()) {
      return classes;
    }
    for (int cut = 2; cut <= lower.length() - 3; cut++) {
      Set<WordClass> last = HunspellDanish.classes(lower.substring(cut));
      if (!last.isEmpty() && HunspellDanish.known(lower)) {
        return last;
      }
    }
    return Set.of();
  }

  /**
   * A short strong verb in the present or past with a particle or prefix grown on: "gennemgår",
   * "foregår", "forstår", "opstod", "foreslår", "modtog". The regular ones end in "-er" or "-ede"
   * like any verb and the dictionary's rules find them; of these it marks few.
   */
  public static boolean isPrefixedStrongVerb(String word) {
    return PREFIXED_STRONG_VERB.matcher(word.toLowerCase(Locale.ROOT)).matches();
  }

  private static final Pattern PREFIXED_STRONG_VERB =
      Pattern.compile(
          "(?:gennem|fore|for|be|und|op|ud|ind|af|over|under|med|mod|til|frem|om|på|ned|bort"
              + "|sammen|hen|efter)(?:går|gik|står|stod|slår|slog|tog)");

  /**
   * Whether the dictionary knows a word only as an adverb or particle ("allerede", "heriblandt",
   * "ifølge"): no noun, verb or adjective ending, and no other word it is a form of ("kom" is a
   * form of "komme"). False when no dictionary is installed.
   */
  public static boolean isAdverb(String word) {
    String lower = word.toLowerCase(Locale.ROOT);
    return wordClasses(lower).equals(EnumSet.of(WordClass.OTHER))
        && lemmas(lower).stream().allMatch(lower::equals);
  }

  /** Whether the Hunspell dictionary knows the word; false when none is installed. */
  public static boolean isDictionaryWord(String word) {
    return HunspellDanish.known(word.toLowerCase(Locale.ROOT));
  }

  /** Whether lemmas come from a Hunspell dictionary as well as the stemmer. */
  public static boolean dictionaryInstalled() {
    return HunspellDanish.available();
  }

  /**
   * A word no dictionary knows in lower case and no stop word: a person's or place's name ("Niels",
   * "Kofoed"; "Vestkyst" is known). False when no dictionary is installed, as nothing can tell.
   */
  public static boolean looksLikeName(String word) {
    String lower = word.toLowerCase(Locale.ROOT);
    return dictionaryInstalled() && !isDictionaryWord(lower) && !isStopWord(lower);
  }

  public static boolean isStopWord(String word) {
    String lower = word.toLowerCase(Locale.ROOT);
    return STOP.contains(lower) || LUCENE_STOP.contains(lower);
  }

  /** A word that negates its clause: "ikke", "aldrig", "ingen", and "itj", "int", "ik'". */
  public static boolean isNegation(String word) {
    return NEGATIONS.contains(word.toLowerCase(Locale.ROOT));
  }

  /**
   * The word a negating prefix is put before ("uændret" of "ændret", "usikker" of "sikker",
   * "uafklaret" of "afklaret"), or null: a "u" before an adjective or a participle the dictionary
   * knows, where both are words, says "not" as "ikke" does. "under", "uddannelse" and "uge" leave
   * no such word; without a dictionary none is read.
   */
  public static String withoutNegatingPrefix(String word) {
    String lower = word.toLowerCase(Locale.ROOT);
    if (lower.length() < 6 || !lower.startsWith("u") || !isDictionaryWord(lower)) {
      return null;
    }
    String rest = lower.substring(1);
    Set<WordClass> classes = wordClasses(rest);
    boolean describes = classes.contains(WordClass.ADJECTIVE) || classes.contains(WordClass.VERB);
    return isDictionaryWord(rest) && describes ? rest : null;
  }

  /** A hesitation that is a filler wherever it stands ("øh", "øhm", "hm"). */
  public static boolean isFiller(String word) {
    return "always".equals(FILLERS.get(word.toLowerCase(Locale.ROOT)));
  }

  /**
   * A filler where it stands apart (between commas, at a clause edge): "altså", "ligesom", "jo",
   * "ikke?". Elsewhere these are ordinary words.
   */
  public static boolean isFillerAside(String word) {
    return FILLERS.containsKey(word.toLowerCase(Locale.ROOT));
  }

  /**
   * Whether a word carries content: a noun, verb, adjective or proper noun, approximated as a word
   * of two letters or more that is no stop word, filler, negation, number word, weekday (also
   * "onsdagen", "mandage") or month.
   */
  public static boolean isContentWord(String word) {
    String lower = word.toLowerCase(Locale.ROOT);
    if (lower.length() < 2
        || isStopWord(lower)
        || FILLERS.containsKey(lower)
        || isNegation(lower)
        || Lexer.cardinal(lower) != null
        || Lexer.ordinal(lower) != null
        || Lexer.MULTIPLIERS.containsKey(lower)
        || Lexer.FRACTIONS.containsKey(lower)) {
      return false;
    }
    return DanishDates.weekday(lower).isEmpty()
        && DanishDates.month(lower).isEmpty()
        && DanishDates.weekday(stem(lower)).isEmpty();
  }

  /** The content words of a text, in order. */
  public static List<Word> contentWords(String text) {
    return words(text).stream().filter(w -> isContentWord(w.text())).toList();
  }

  /** The keys of the content words of a text. */
  public static Set<String> contentKeys(String text) {
    Set<String> keys = new HashSet<>();
    for (Word w : contentWords(text)) {
      keys.addAll(keys(w.text()));
    }
    return keys;
  }

  private static <V> void remember(Map<String, V> cache, String key, V value) {
    if (cache.size() > CACHE_LIMIT) {
      cache.clear();
    }
    cache.put(key, value);
  }
}
