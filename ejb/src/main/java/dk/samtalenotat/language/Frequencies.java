package dk.samtalenotat.language;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How often something happens, said with "hver": "hver uge", "hver anden uge", "hver fjortende
 * dag", "hver 3. måned". The ordinal counts the periods ("hver anden uge" is every two weeks), none
 * is every one. A speaker may take one back at once ("hver anden uge – nej, hver uge"), which
 * {@link SelfCorrections} does not read, as its value is a word of time and not a number.
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
  }

  /** A frequency taken back, and the words said instead. */
  public record TakenBack(Frequency frequency, String instead) {}

  private static final Pattern HVER =
      Pattern.compile(
          "(?<![\\p{L}])hver\\s+(?:([\\p{L}]+|\\d{1,2}\\.)\\s+)?(dag|uge|måned|år)(?![\\p{L}])",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  /**
   * What stands between a frequency taken back and the one said instead: a dash or a comma, a
   * marker of correction, perhaps a second one ("– nej, undskyld,").
   */
  private static final Pattern CORRECTING =
      Pattern.compile(
          "^\\s*[–,-]\\s*(?:(?:nej|undskyld|vent|jeg mener|eller rettere|rettere)[\\s,.–-]*){1,2}$",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  private Frequencies() {}

  /** Every frequency of the text, in order. */
  public static List<Frequency> find(String text) {
    List<Frequency> out = new ArrayList<>();
    Matcher m = HVER.matcher(text);
    while (m.find()) {
      int every = 1;
      if (m.group(1) != null) {
        Integer n = ordinal(m.group(1));
        if (n == null) {
          continue; // "hver eneste uge" is every week too, but "hver anden mand uge" is no
          // frequency
        }
        every = n;
      }
      out.add(new Frequency(m.start(), m.end(), every, m.group(2).toLowerCase(Locale.ROOT)));
    }
    return out;
  }

  /** The frequencies of a text that the speaker took back at once, with what was said instead. */
  public static List<TakenBack> takenBack(String text) {
    List<Frequency> all = find(text);
    List<TakenBack> out = new ArrayList<>();
    for (int i = 0; i + 1 < all.size(); i++) {
      Frequency before = all.get(i);
      Frequency after = all.get(i + 1);
      if (CORRECTING.matcher(text.substring(before.end(), after.start())).matches()) {
        out.add(new TakenBack(before, text.substring(after.start(), after.end())));
      }
    }
    return out;
  }

  private static Integer ordinal(String word) {
    if (word.equalsIgnoreCase("eneste")) {
      return 1;
    }
    if (word.endsWith(".")) {
      return Integer.valueOf(word.substring(0, word.length() - 1));
    }
    List<DanishNumbers.SpokenNumber> n = DanishNumbers.find(word);
    return n.size() == 1 && n.get(0).form() == DanishNumbers.Form.ORDINAL
        ? n.get(0).value().intValue()
        : null;
  }
}
