package dk.samtalenotat.transcript;

import java.lang.Character.UnicodeScript;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Which language a transcript segment is in, for segments nobody told us about (imported files, and
 * engine output that only gives one language for the whole recording): the script first (Arabic,
 * Cyrillic, Ethiopic, ...), then, in Latin script, the small words that give a language away.
 *
 * <p>It is deliberately shy: a segment stays Danish unless the evidence is clear, since a Danish
 * segment marked foreign would be quoted untranslated. Short replies ("Okay.", "Yes") stay Danish.
 */
public final class SpokenLanguage {

  /** The language of the conversation unless a segment says otherwise. */
  public static final String DANISH = "da";

  /** A language the detector cannot name (ISO 639-2 "undetermined"). */
  public static final String UNDETERMINED = "und";

  private static final Locale DA = Locale.forLanguageTag("da");

  private static final Pattern WORD = Pattern.compile("[\\p{L}']+");

  private static final Set<String> DANISH_WORDS =
      Set.of(
          "og", "at", "det", "er", "jeg", "ikke", "en", "et", "på", "med", "har", "som", "til",
          "af", "den", "vi", "du", "der", "så", "men", "kan", "skal", "vil", "hvad", "være", "blev",
          "også", "min", "mit", "mine", "mig", "dig", "nu", "ja", "nej", "om", "fra", "hvor",
          "hvis", "når", "jo", "godt", "meget", "lige", "hun", "han", "de", "dem", "sig", "var",
          "fik", "været", "noget", "okay", "tak");

  private static final Map<String, Set<String>> LATIN_WORDS =
      Map.of(
          "en",
          Set.of(
              "the", "and", "is", "are", "was", "were", "you", "your", "have", "has", "had", "been",
              "with", "this", "that", "what", "not", "my", "me", "it", "it's", "i'm", "i've",
              "don't", "can't", "would", "will", "of", "in", "on", "we", "they", "he", "she", "do",
              "does", "did", "am", "our", "from", "but", "about", "there", "because", "want",
              "need", "work", "looking", "please", "thank", "thanks", "very", "know", "think",
              "can", "could", "should", "if", "when", "how", "why", "who", "where", "which", "just",
              "also", "some", "any", "get", "got", "going", "yes"),
          "de",
          Set.of(
              "und", "ich", "nicht", "ist", "das", "wir", "sie", "haben", "auch", "sind", "aber",
              "mein", "meine", "ein", "eine", "zu", "es", "auf", "mit", "bin", "habe", "war", "wie",
              "kann", "möchte", "arbeit", "nein", "sehr", "gut", "dass", "für", "wenn", "oder",
              "noch", "schon"),
          "pl",
          Set.of(
              "nie",
              "jest",
              "się",
              "że",
              "tak",
              "ale",
              "jak",
              "mam",
              "jestem",
              "pracy",
              "bardzo",
              "dzień",
              "dobry",
              "dziękuję",
              "czy",
              "może"),
          "tr",
          Set.of(
              "ve",
              "bir",
              "bu",
              "ben",
              "değil",
              "evet",
              "çok",
              "için",
              "var",
              "yok",
              "ama",
              "iş",
              "sen",
              "biz",
              "teşekkürler",
              "istiyorum"),
          "so",
          Set.of(
              "waan",
              "waxaan",
              "iyo",
              "aan",
              "waa",
              "ku",
              "oo",
              "haa",
              "maya",
              "shaqo",
              "ayaan",
              "wax",
              "anigu",
              "mahadsanid"));

  private SpokenLanguage() {}

  /** The ISO 639-1 code of the text's language; {@value #DANISH} when Danish or unclear. */
  public static String detect(String text) {
    if (text == null || text.isBlank()) {
      return DANISH;
    }
    String byScript = byScript(text);
    if (byScript != null) {
      return byScript;
    }
    List<String> words =
        WORD.matcher(text.toLowerCase(Locale.ROOT)).results().map(m -> m.group()).toList();
    if (words.size() < 3) {
      return DANISH;
    }
    int danish = (int) words.stream().filter(DANISH_WORDS::contains).count();
    if (text.matches("(?s).*[æøåÆØÅ].*")) {
      danish += 2;
    }
    String best = null;
    int bestScore = 0;
    for (Map.Entry<String, Set<String>> e : LATIN_WORDS.entrySet()) {
      int score = (int) words.stream().filter(e.getValue()::contains).count();
      if (score > bestScore) {
        best = e.getKey();
        bestScore = score;
      }
    }
    // Clear evidence only: two give-away words, and at least twice as many as Danish ones.
    return best != null && bestScore >= 2 && bestScore >= 2 * danish ? best : DANISH;
  }

  /** A language given by its script, or null for Latin script (and too few letters to tell). */
  private static String byScript(String text) {
    Map<UnicodeScript, Integer> counts = new EnumMap<>(UnicodeScript.class);
    int letters = 0;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      i += Character.charCount(cp);
      if (Character.isLetter(cp)) {
        letters++;
        counts.merge(UnicodeScript.of(cp), 1, Integer::sum);
      }
    }
    int latin = counts.getOrDefault(UnicodeScript.LATIN, 0);
    if (letters == 0 || latin * 2 >= letters) {
      return null;
    }
    UnicodeScript main =
        counts.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
    return switch (main) {
      case ARABIC -> text.matches("(?s).*[پچژگ].*") ? "fa" : "ar";
      case CYRILLIC -> text.matches("(?s).*[іїєґІЇЄҐ].*") ? "uk" : "ru";
      case GREEK -> "el";
      case HEBREW -> "he";
      // Ethiopic is written for Tigrinya and Amharic alike; Tigrinya is the more common here.
      case ETHIOPIC -> "ti";
      case HAN -> "zh";
      case HANGUL -> "ko";
      case HIRAGANA, KATAKANA -> "ja";
      case THAI -> "th";
      case DEVANAGARI -> "hi";
      case BENGALI -> "bn";
      case TAMIL -> "ta";
      default -> UNDETERMINED;
    };
  }

  /**
   * The segments with each Danish-marked one checked by {@link #detect}; a language an engine
   * reported for a segment other than Danish is kept.
   */
  public static List<SegmentData> mark(List<SegmentData> segments) {
    return segments.stream()
        .map(
            s ->
                DANISH.equals(s.language())
                    ? new SegmentData(
                        s.startMillis(), s.endMillis(), s.speaker(), detect(s.text()), s.text())
                    : s)
        .toList();
  }

  /** The language's Danish name ("engelsk", "arabisk"), for the note and the screens. */
  public static String danishName(String code) {
    if (code == null || code.isBlank() || UNDETERMINED.equals(code)) {
      return "ukendt sprog";
    }
    String name = Locale.forLanguageTag(code).getDisplayLanguage(DA);
    return name.isBlank() ? code : name;
  }

  public static boolean isDanish(String code) {
    return code == null || DANISH.equalsIgnoreCase(code);
  }
}
