package dk.samtalenotat.draft.check;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Numbers as Danish is written and spoken: digits with Danish separators ("12.500", "37,5") and
 * number words ("fire", "femogtyve", "to tusind fem hundrede"). Speech recognition writes either,
 * so a draft's "4" must match a transcript's "fire".
 */
final class DanishNumbers {

  /** A number found in a text, with where it stands. */
  record Found(int start, int end, BigDecimal value, boolean article) {
    Found {
      // One scale for every value, so that 2500 from words equals 2.500 from digits in a set.
      value = value.stripTrailingZeros();
    }
  }

  private static final Map<String, Integer> UNITS =
      Map.ofEntries(
          Map.entry("nul", 0),
          Map.entry("en", 1),
          Map.entry("én", 1),
          Map.entry("et", 1),
          Map.entry("ét", 1),
          Map.entry("to", 2),
          Map.entry("tre", 3),
          Map.entry("fire", 4),
          Map.entry("fem", 5),
          Map.entry("seks", 6),
          Map.entry("syv", 7),
          Map.entry("otte", 8),
          Map.entry("ni", 9),
          Map.entry("ti", 10),
          Map.entry("elleve", 11),
          Map.entry("tolv", 12),
          Map.entry("tretten", 13),
          Map.entry("fjorten", 14),
          Map.entry("femten", 15),
          Map.entry("seksten", 16),
          Map.entry("sytten", 17),
          Map.entry("atten", 18),
          Map.entry("nitten", 19),
          Map.entry("tyve", 20),
          Map.entry("tredive", 30),
          Map.entry("tredve", 30),
          Map.entry("fyrre", 40),
          Map.entry("fyrretyve", 40),
          Map.entry("halvtreds", 50),
          Map.entry("tres", 60),
          Map.entry("halvfjerds", 70),
          Map.entry("firs", 80),
          Map.entry("halvfems", 90));

  private static final Map<String, Integer> ORDINALS =
      Map.of(
          "første", 1, "andet", 2, "tredje", 3, "fjerde", 4, "femte", 5, "sjette", 6, "syvende", 7,
          "ottende", 8, "niende", 9, "tiende", 10);

  private static final Pattern TENS_COMPOUND =
      Pattern.compile(
          "(en|et|to|tre|fire|fem|seks|syv|otte|ni)og(tyve|tredive|tredve|fyrre|halvtreds|tres"
              + "|halvfjerds|firs|halvfems)");

  private static final Pattern WORD = Pattern.compile("[\\p{L}]+");

  /**
   * Digits: either thousands groups with a dot ("12.500,50") or plain digits with an optional
   * decimal comma. Not part of a word or code ("3F", "SAG-2026" keeps 2026).
   */
  private static final Pattern DIGITS =
      Pattern.compile(
          "(?<![\\p{L}\\d.,])(\\d{1,3}(?:\\.\\d{3})+(?:,\\d+)?|\\d+(?:,\\d+)?)(½)?(?![\\p{L}\\d])"
              + "(?:\\s+(tusind|tusinde|mio\\.?|million|millioner))?");

  private static final BigDecimal HALF = new BigDecimal("0.5");

  private DanishNumbers() {}

  /** The value of one number word or compound ("fire", "femogtyve"), or null. */
  static Integer wordValue(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    Integer v = UNITS.get(w);
    if (v != null) {
      return v;
    }
    Matcher m = TENS_COMPOUND.matcher(w);
    if (m.matches()) {
      return UNITS.get(m.group(1)) + UNITS.get(m.group(2));
    }
    return null;
  }

  /** A number written as digits or as one word ("4", "fire"), or null. */
  static BigDecimal parseSimple(String token) {
    Integer w = wordValue(token);
    if (w != null) {
      return BigDecimal.valueOf(w);
    }
    if ("halvanden".equalsIgnoreCase(token)) {
      return new BigDecimal("1.5");
    }
    try {
      return digitValue(token);
    } catch (NumberFormatException notANumber) {
      return null;
    }
  }

  private static BigDecimal digitValue(String digits) {
    String plain = digits.replace(".", "").replace(',', '.');
    return new BigDecimal(plain).stripTrailingZeros();
  }

  private static int multiplier(String word) {
    return switch (word.toLowerCase(Locale.ROOT)) {
      case "hundrede", "hundred" -> 100;
      case "tusind", "tusinde" -> 1000;
      case "million", "millioner", "mio" -> 1_000_000;
      default -> 0;
    };
  }

  /**
   * Every number in the text, digits and words. A lone "en"/"et" is marked as an article: it is
   * mostly the indefinite article, so the check does not treat it as a stated number.
   *
   * @param withOrdinals also reads "første" .. "tiende" as numbers (for the transcript side)
   */
  static List<Found> find(String text, boolean withOrdinals) {
    List<Found> found = new ArrayList<>();
    boolean[] taken = new boolean[text.length()];
    Matcher d = DIGITS.matcher(text);
    while (d.find()) {
      BigDecimal v = digitValue(d.group(1));
      if (d.group(2) != null) {
        v = v.add(HALF);
      }
      if (d.group(3) != null) {
        v = v.multiply(BigDecimal.valueOf(multiplier(d.group(3).replace(".", ""))));
      }
      found.add(new Found(d.start(), d.end(), v.stripTrailingZeros(), false));
      mark(taken, d.start(), d.end());
    }
    List<int[]> words = new ArrayList<>();
    Matcher w = WORD.matcher(text);
    while (w.find()) {
      if (!taken[w.start()]) {
        words.add(new int[] {w.start(), w.end()});
      }
    }
    for (int i = 0; i < words.size(); i++) {
      String word = slice(text, words.get(i));
      Integer unit = wordValue(word);
      int mult = multiplier(word);
      if (unit == null && mult == 0) {
        if ("halvanden".equalsIgnoreCase(word)) {
          found.add(new Found(words.get(i)[0], words.get(i)[1], new BigDecimal("1.5"), false));
        } else if (withOrdinals && ORDINALS.containsKey(word.toLowerCase(Locale.ROOT))) {
          found.add(
              new Found(
                  words.get(i)[0],
                  words.get(i)[1],
                  BigDecimal.valueOf(ORDINALS.get(word.toLowerCase(Locale.ROOT))),
                  false));
        }
        continue;
      }
      // A run of number words joined by multipliers: "to tusind fem hundrede og tyve".
      long total = 0;
      long current = unit == null ? 0 : unit;
      boolean afterMultiplier = false;
      boolean sawMultiplier = false;
      if (mult > 0) {
        long[] r = applyMultiplier(total, current, mult);
        total = r[0];
        current = r[1];
        afterMultiplier = true;
        sawMultiplier = true;
      }
      int j = i + 1;
      while (j < words.size() && adjacent(text, words.get(j - 1), words.get(j))) {
        String next = slice(text, words.get(j));
        int nextMult = multiplier(next);
        if (nextMult > 0) {
          long[] r = applyMultiplier(total, current, nextMult);
          total = r[0];
          current = r[1];
          afterMultiplier = true;
          sawMultiplier = true;
          j++;
          continue;
        }
        if (afterMultiplier && "og".equalsIgnoreCase(next) && j + 1 < words.size()) {
          Integer after = wordValue(slice(text, words.get(j + 1)));
          if (after != null && adjacent(text, words.get(j), words.get(j + 1))) {
            current += after;
            afterMultiplier = false;
            j += 2;
            continue;
          }
        }
        Integer nextUnit = wordValue(next);
        if (afterMultiplier && nextUnit != null) {
          current += nextUnit;
          afterMultiplier = false;
          j++;
          continue;
        }
        break;
      }
      int start = words.get(i)[0];
      int end = words.get(j - 1)[1];
      String lower = word.toLowerCase(Locale.ROOT);
      boolean article = !sawMultiplier && ("en".equals(lower) || "et".equals(lower));
      found.add(new Found(start, end, BigDecimal.valueOf(total + current), article));
      i = j - 1;
    }
    found.sort((a, b) -> Integer.compare(a.start(), b.start()));
    return found;
  }

  private static long[] applyMultiplier(long total, long current, int mult) {
    long base = current == 0 ? 1 : current;
    if (mult == 100) {
      return new long[] {total, base * 100};
    }
    return new long[] {total + base * mult, 0};
  }

  /** Only whitespace between two words: a comma or a full stop ends a spoken number. */
  private static boolean adjacent(String text, int[] a, int[] b) {
    return text.substring(a[1], b[0]).isBlank();
  }

  private static String slice(String text, int[] span) {
    return text.substring(span[0], span[1]);
  }

  private static void mark(boolean[] taken, int start, int end) {
    for (int k = start; k < end; k++) {
      taken[k] = true;
    }
  }
}
