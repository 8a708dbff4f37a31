package dk.samtalenotat.language;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Numbers as Danish is spoken and written: digits with Danish separators ("12.500", "37,5", "9½"),
 * cardinals ("nul" to "tusinder", "syvogtyve", "fireoghalvtreds", "tolv hundrede", "to tusind fem
 * hundrede"), halves ("halvanden", "fire en halv", "en halv"), decimals said with "komma", and
 * ordinals ("første", "tiende", "treogtyvende", "tredivte", "10."). Speech recognition writes
 * either words or digits, so a note's "4" must match a transcript's "fire".
 */
public final class DanishNumbers {

  /** How a number was said or written. */
  public enum Form {
    /** Written in digits: "4", "12.500", "37,5". */
    DIGITS,
    /** Said in words: "fire", "tolv hundrede", "fire en halv", "én". */
    WORDS,
    /** An ordinal, in words or as digits with a full stop: "tiende", "10.". */
    ORDINAL,
    /** A lone "en" or "et": far more often the indefinite article than the number one. */
    ARTICLE,
    /** "et par": about two, not a stated number. */
    APPROXIMATE
  }

  /**
   * A number found in a text.
   *
   * @param start offset of its first character in the text
   * @param end offset after its last character
   */
  public record SpokenNumber(int start, int end, BigDecimal value, Form form) {

    public SpokenNumber {
      // One scale for every value, so that 2500 from words equals 2.500 from digits in a set.
      value = value.stripTrailingZeros();
    }

    /** Whether the number is stated: not the article "en"/"et" and not "et par". */
    public boolean stated() {
      return form != Form.ARTICLE && form != Form.APPROXIMATE;
    }
  }

  private static final Map<String, Integer> MONTHS = DanishDates.MONTHS;

  private DanishNumbers() {}

  /** Every number in the text, in order: digits, words, ordinals, articles and "et par". */
  public static List<SpokenNumber> find(String text) {
    List<SpokenNumber> found = new ArrayList<>();
    for (Lexeme l : Lexer.lex(text)) {
      if (l.isNumber()) {
        found.add(new SpokenNumber(l.start(), l.end(), l.value(), l.form()));
      }
    }
    return found;
  }

  /** The value of one cardinal word ("fire", "femogtyve", "halvtreds"), if it is one. */
  public static Optional<Integer> cardinal(String word) {
    return Optional.ofNullable(Lexer.cardinal(word.toLowerCase(Locale.ROOT)));
  }

  /** The value of one ordinal word ("tiende", "treogtyvende", "tredivte"), if it is one. */
  public static Optional<Integer> ordinal(String word) {
    return Optional.ofNullable(Lexer.ordinal(word.toLowerCase(Locale.ROOT)));
  }

  /** A number as a single token reads: digits or one number word ("4", "fire", "12.500"). */
  public static Optional<BigDecimal> parse(String token) {
    List<SpokenNumber> found = find(token.strip());
    if (found.size() == 1
        && found.get(0).start() == 0
        && found.get(0).end() == token.strip().length()
        && found.get(0).form() != Form.APPROXIMATE) {
      return Optional.of(found.get(0).value());
    }
    return Optional.empty();
  }

  /**
   * A number as a Danish note writes it: thousands with a full stop, decimals with a comma
   * ("1.200", "12.500", "4,5"); a year-like whole number without a separator ("2026").
   */
  public static String format(BigDecimal value) {
    BigDecimal v = value.stripTrailingZeros();
    DecimalFormatSymbols symbols = new DecimalFormatSymbols(Locale.ROOT);
    symbols.setDecimalSeparator(',');
    symbols.setGroupingSeparator('.');
    boolean yearLike =
        v.scale() <= 0
            && v.compareTo(BigDecimal.valueOf(1900)) >= 0
            && v.compareTo(BigDecimal.valueOf(2100)) <= 0;
    DecimalFormat f = new DecimalFormat(yearLike ? "0.##" : "#,##0.##", symbols);
    f.setRoundingMode(RoundingMode.HALF_UP);
    return f.format(v);
  }

  /**
   * The text with its spoken numbers written as digits: "tolv hundrede kroner" becomes "1.200
   * kroner", "fire en halv time" "4,5 time", "den tiende marts" "den 10. marts". Articles, "et
   * par", "en halv" (below one) and ordinals that are not days of a month stay words, as a note
   * would write them.
   */
  public static String normalise(String text) {
    List<Lexeme> lexemes = Lexer.lex(text);
    StringBuilder out = new StringBuilder();
    int at = 0;
    for (int i = 0; i < lexemes.size(); i++) {
      Lexeme l = lexemes.get(i);
      if (!l.isNumber() || l.form() == Form.DIGITS) {
        continue;
      }
      String replacement = null;
      if (l.form() == Form.WORDS && l.value().compareTo(BigDecimal.ONE) >= 0) {
        replacement = format(l.value());
      } else if (l.form() == Form.WORDS && l.value().signum() == 0) {
        replacement = "0";
      } else if (l.form() == Form.ORDINAL
          && !Character.isDigit(l.text().charAt(0))
          && i + 1 < lexemes.size()
          && lexemes.get(i + 1).isWord()
          && MONTHS.containsKey(lexemes.get(i + 1).lower())) {
        replacement = format(l.value()) + ".";
      }
      if (replacement != null) {
        out.append(text, at, l.start()).append(replacement);
        at = l.end();
      }
    }
    return out.append(text.substring(at)).toString();
  }
}
