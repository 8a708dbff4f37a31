package dk.samtalenotat.draft.offline;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Spoken Danish cardinals written as digits, as a note states them: "syvogtyve" is 27, "hundrede og
 * femogfirs" 185, "elleve tusind to hundrede" 11.200, "to et halvt" 2½, "halvanden" 1½. The
 * articles "en" and "et" stay words ("en time hver vej"), and so does "begge to".
 */
final class NumberWords {

  private static final Map<String, Integer> UNITS =
      Map.ofEntries(
          Map.entry("nul", 0),
          Map.entry("en", 1),
          Map.entry("et", 1),
          Map.entry("én", 1),
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

  private static final Pattern TENS_COMPOUND =
      Pattern.compile(
          "(en|et|to|tre|fire|fem|seks|syv|otte|ni)og(tyve|tredive|tredve|fyrre|halvtreds|tres"
              + "|halvfjerds|firs|halvfems)");

  private static final Pattern WORD = Pattern.compile("\\p{L}+");

  private static final Pattern HALF_AFTER =
      Pattern.compile(
          "(?<![\\d.,])(\\d+)\\s+(?:og\\s+)?(?:en\\s+halv|et\\s+halvt)(?![\\p{L}])",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  private static final Pattern HALVANDEN =
      Pattern.compile("(?<![\\p{L}])halvanden(?![\\p{L}])", Pattern.CASE_INSENSITIVE);
  private static final Pattern KRONER =
      Pattern.compile("(\\d[\\d.,½]*)\\s+kroner(?![\\p{L}])", Pattern.CASE_INSENSITIVE);

  private NumberWords() {}

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

  private static int multiplier(String word) {
    return switch (word.toLowerCase(Locale.ROOT)) {
      case "hundrede", "hundred" -> 100;
      case "tusind", "tusinde" -> 1000;
      case "million", "millioner" -> 1_000_000;
      default -> 0;
    };
  }

  /** The text with spoken cardinals as digits and "kroner" after an amount as "kr.". */
  static String toDigits(String text) {
    List<int[]> words = new ArrayList<>();
    Matcher w = WORD.matcher(text);
    while (w.find()) {
      words.add(new int[] {w.start(), w.end()});
    }
    StringBuilder out = new StringBuilder();
    int cursor = 0;
    for (int i = 0; i < words.size(); i++) {
      String word = slice(text, words.get(i));
      Integer unit = wordValue(word);
      int mult = multiplier(word);
      if ((unit == null && mult == 0) || !standsAlone(text, words.get(i))) {
        continue;
      }
      long total = 0;
      long current = unit == null ? 0 : unit;
      boolean afterMultiplier = false;
      boolean sawMultiplier = false;
      if (mult > 0) {
        long[] r = apply(total, current, mult);
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
          long[] r = apply(total, current, nextMult);
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
        if (afterMultiplier && nextUnit != null && !isArticle(next)) {
          current += nextUnit;
          afterMultiplier = false;
          j++;
          continue;
        }
        break;
      }
      String lower = word.toLowerCase(Locale.ROOT);
      if (!sawMultiplier && keepAsWord(lower, text, words, i)) {
        continue;
      }
      long value = total + current;
      out.append(text, cursor, words.get(i)[0]).append(format(value, sawMultiplier));
      cursor = words.get(j - 1)[1];
      i = j - 1;
    }
    out.append(text.substring(cursor));
    String s = HALF_AFTER.matcher(out.toString()).replaceAll("$1½");
    s = HALVANDEN.matcher(s).replaceAll("1½");
    return KRONER.matcher(s).replaceAll("$1 kr.");
  }

  /** "en", "et", "én", "ét" alone, and "to" in "begge to", are not written as digits. */
  private static boolean keepAsWord(String lower, String text, List<int[]> words, int i) {
    if (isArticle(lower) || lower.equals("én") || lower.equals("ét")) {
      return true;
    }
    if (lower.equals("to") && i > 0) {
      String before = slice(text, words.get(i - 1)).toLowerCase(Locale.ROOT);
      return before.equals("begge")
          || Set.of("de", "os", "jer", "i", "vi").contains(before)
              && followedByNoNumber(text, words, i);
    }
    return false;
  }

  /** "de to" (the two of them) closes a phrase; "de to uger" counts weeks. */
  private static boolean followedByNoNumber(String text, List<int[]> words, int i) {
    return i + 1 >= words.size() || !adjacent(text, words.get(i), words.get(i + 1));
  }

  private static boolean isArticle(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    return w.equals("en") || w.equals("et");
  }

  /** Not part of a hyphenated or apostrophed word such as "to-tre" is fine, "A-kasse" is not. */
  private static boolean standsAlone(String text, int[] span) {
    char before = span[0] > 0 ? text.charAt(span[0] - 1) : ' ';
    char after = span[1] < text.length() ? text.charAt(span[1]) : ' ';
    return before != '\'' && after != '\'' && before != '/' && after != '/';
  }

  private static String format(long value, boolean fromMultiplier) {
    if (value < 1000 || (value >= 1900 && value <= 2100 && !fromMultiplier)) {
      return Long.toString(value);
    }
    String plain = Long.toString(value);
    StringBuilder b = new StringBuilder();
    int lead = plain.length() % 3;
    if (lead > 0) {
      b.append(plain, 0, lead);
    }
    for (int k = lead; k < plain.length(); k += 3) {
      if (b.length() > 0) {
        b.append('.');
      }
      b.append(plain, k, k + 3);
    }
    return b.toString();
  }

  private static long[] apply(long total, long current, int mult) {
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
}
