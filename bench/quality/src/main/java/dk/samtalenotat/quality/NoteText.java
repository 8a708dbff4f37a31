package dk.samtalenotat.quality;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Normalises note text before facts are matched, so that the tolerance a reader allows is not
 * written into every pattern: case, spacing, "klokken"/"kl.", "kroner"/"kr." and the number words
 * two to twenty ("fire job" and "4 job" state the same fact). "en"/"et" stay words: they are far
 * more often articles than numbers.
 */
public final class NoteText {

  static final Locale DA = Locale.forLanguageTag("da-DK");

  private static final Map<String, String> NUMBERS =
      Map.ofEntries(
          Map.entry("to", "2"),
          Map.entry("tre", "3"),
          Map.entry("fire", "4"),
          Map.entry("fem", "5"),
          Map.entry("seks", "6"),
          Map.entry("syv", "7"),
          Map.entry("otte", "8"),
          Map.entry("ni", "9"),
          Map.entry("ti", "10"),
          Map.entry("elleve", "11"),
          Map.entry("tolv", "12"),
          Map.entry("tretten", "13"),
          Map.entry("fjorten", "14"),
          Map.entry("femten", "15"),
          Map.entry("seksten", "16"),
          Map.entry("sytten", "17"),
          Map.entry("atten", "18"),
          Map.entry("nitten", "19"),
          Map.entry("tyve", "20"));

  private static final Pattern NUMBER_WORD =
      Pattern.compile(
          "(?<![\\p{L}\\p{N}-])(" + String.join("|", NUMBERS.keySet()) + ")(?![\\p{L}\\p{N}-])");
  private static final Pattern KLOKKEN = Pattern.compile("(?<![\\p{L}])klokken(?![\\p{L}])");
  private static final Pattern KRONER = Pattern.compile("(?<![\\p{L}])(kroner|kr\\.?)(?![\\p{L}])");

  private NoteText() {}

  /** Lower case, single spaces, number words as digits, "kl." and "kr" spelt one way. */
  public static String normalise(String text) {
    String s = text.replace('\u00A0', ' ').toLowerCase(DA).replaceAll("\\s+", " ").strip();
    s = KLOKKEN.matcher(s).replaceAll("kl.");
    s = KRONER.matcher(s).replaceAll("kr");
    Matcher m = NUMBER_WORD.matcher(s);
    StringBuilder b = new StringBuilder();
    while (m.find()) {
      m.appendReplacement(b, NUMBERS.get(m.group(1)));
    }
    m.appendTail(b);
    return b.toString();
  }
}
