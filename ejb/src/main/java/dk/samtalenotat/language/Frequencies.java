package dk.samtalenotat.language;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How often something happens, said with "hver": "hver uge", "hver anden uge", "hver fjortende
 * dag", "hver 3. måned". The ordinal counts the periods ("hver anden uge" is every two weeks), none
 * is every one. A frequency is a {@link SpokenValue} of its own, so that {@link SelfCorrections}
 * reads one taken back at once ("hver anden uge – nej, hver uge") as it reads a number.
 */
public final class Frequencies {

  /**
   * A frequency at {@code start..end} of a text: every {@code every} {@code unit}s ("dag", "uge",
   * "måned", "år").
   */
  public record Frequency(int start, int end, int every, String unit) {

    /** Whether two frequencies say the same. */
    public boolean same(Frequency other) {
      return every == other.every && unit.equals(other.unit);
    }

    /** The frequency as a key: "2 uge" for "hver anden uge". */
    String key() {
      return every + " " + unit;
    }
  }

  private static final Pattern HVER =
      Pattern.compile(
          "(?<![\\p{L}])hver\\s+(?:([\\p{L}]+|\\d{1,2}\\.)\\s+)?(dag|uge|måned|år)(?![\\p{L}])",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  private Frequencies() {}

  /** Every frequency of the text, in order. */
  public static List<Frequency> find(String text) {
    List<Frequency> out = new ArrayList<>();
    Matcher m = HVER.matcher(text);
    while (m.find()) {
      int every = 1;
      if (m.group(1) != null) {
        // "hver eneste uge" is every week; a word that is no ordinal makes no frequency.
        String word = m.group(1);
        Integer n =
            word.equalsIgnoreCase("eneste")
                ? Integer.valueOf(1)
                : word.endsWith(".")
                    ? Integer.valueOf(word.substring(0, word.length() - 1))
                    : DanishNumbers.ordinal(word).orElse(null);
        if (n == null) {
          continue;
        }
        every = n;
      }
      out.add(new Frequency(m.start(), m.end(), every, m.group(2).toLowerCase(Locale.ROOT)));
    }
    return out;
  }
}
