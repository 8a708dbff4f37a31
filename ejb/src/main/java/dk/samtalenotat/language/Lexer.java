package dk.samtalenotat.language;

import dk.samtalenotat.language.DanishNumbers.Form;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a Danish text into {@link Lexeme}s: words, numbers (number words joined into one value:
 * "to tusind fem hundrede", "fire en halv", "syvogtyve"), dates and times written in digits, and
 * punctuation. The number words come from the word lists; only the shapes of digits are patterns.
 */
final class Lexer {

  static final Map<String, Integer> CARDINALS = intMap("cardinals.txt");
  static final Map<String, Integer> ORDINALS = intMap("ordinals.txt");
  static final Map<String, Integer> MULTIPLIERS = intMap("multipliers.txt");
  static final Map<String, BigDecimal> FRACTIONS = decimalMap("fractions.txt");

  /** Words after a number that say what it counts ("kroner", "timer", "uger"), by kind. */
  static final Map<String, String> UNITS = WordList.map("units.txt");

  static final Set<String> UNIT_WORDS = UNITS.keySet();

  /** The tens that take a unit before them with "og": syv-og-tyve, fire-og-halvtreds. */
  private static final Set<Integer> TENS = Set.of(20, 30, 40, 50, 60, 70, 80, 90);

  /** Abbreviations whose full stop belongs to the word. */
  private static final Set<String> ABBREVIATIONS =
      Set.of(
          "kl", "kr", "d", "ca", "mio", "nr", "t", "min", "mdr", "md", "jf", "evt", "inkl", "ekskl",
          "pga", "mht", "dvs", "tlf", "stk", "ang", "vedr", "bl.a", "f.eks", "jan", "feb", "mar",
          "apr", "jun", "jul", "aug", "sep", "sept", "okt", "nov", "dec", "ft", "o.l", "m.v",
          "m.m");

  private static final Pattern TOKEN =
      Pattern.compile(
          // A year joined with a hyphen only after a slash ("10/3-2026"): "7.00-10.00" is two
          // times.
          "(?<date>(?:\\d{1,2}/\\d{1,2}(?:[/-](?:\\d{4}|\\d{2}))?"
              + "|\\d{1,2}\\.\\d{1,2}(?:\\.(?:\\d{4}|\\d{2}))?)(?![\\d])\\.?)"
              + "|(?<time>\\d{1,2}:\\d{2}(?!\\d))"
              + "|(?<num>\\d{1,3}(?:\\.\\d{3})+(?:,\\d+)?(?![\\d])|\\d+(?:,\\d+)?½?)"
              + "|(?<word>\\p{L}[\\p{L}\\p{M}]*(?:(?:\\.|[-'’])\\p{L}[\\p{L}\\p{M}]*)*['’]?)"
              + "|(?<punct>[^\\s\\p{L}\\d])");

  private static final Pattern DATE_PARTS =
      Pattern.compile("(\\d{1,2})([./])(\\d{1,2})(?:(?:\\2|-)(\\d{4}|\\d{2}))?(\\.?)");
  private static final BigDecimal HALF = new BigDecimal("0.5");

  private Lexer() {}

  /**
   * Texts are read several times (numbers, dates, times, corrections): the lexemes of recent texts
   * are kept. Bounded; cleared when full.
   */
  private static final int CACHE_LIMIT = 20_000;

  private static final Map<String, List<Lexeme>> CACHE =
      new java.util.concurrent.ConcurrentHashMap<>();

  static List<Lexeme> lex(String text) {
    List<Lexeme> cached = CACHE.get(text);
    if (cached != null) {
      return cached;
    }
    List<Lexeme> lexemes = List.copyOf(read(text));
    if (CACHE.size() > CACHE_LIMIT) {
      CACHE.clear();
    }
    CACHE.put(text, lexemes);
    return lexemes;
  }

  private static List<Lexeme> read(String text) {
    List<Lexeme> raw = new ArrayList<>();
    Matcher m = TOKEN.matcher(text);
    while (m.find()) {
      if (m.group("date") != null) {
        raw.addAll(digitDateOrTime(text, m.start(), m.group(), raw));
      } else if (m.group("time") != null) {
        String[] hm = m.group().split(":");
        raw.add(
            Lexeme.time(
                m.start(), m.end(), m.group(), Integer.parseInt(hm[0]), Integer.parseInt(hm[1])));
      } else if (m.group("num") != null) {
        raw.add(digits(text, m));
      } else if (m.group("word") != null) {
        int end = m.end();
        String word = m.group();
        if (end < text.length()
            && text.charAt(end) == '.'
            && ABBREVIATIONS.contains(word.toLowerCase(Locale.ROOT))) {
          end++;
          word = word + ".";
        }
        raw.add(Lexeme.word(m.start(), end, word));
        if (end > m.end()) {
          m.region(end, text.length());
        }
      } else {
        raw.add(Lexeme.punct(m.start(), m.end(), m.group()));
      }
    }
    return joinNumberWords(text, raw);
  }

  /**
   * "10/3", "10.03.2026", "10.3." are dates; "9.30" and "10.00" (minutes, no year) are times, as is
   * anything after "kl."; what is neither is read as separate numbers.
   */
  private static List<Lexeme> digitDateOrTime(
      String text, int start, String token, List<Lexeme> before) {
    Matcher d = DATE_PARTS.matcher(token);
    if (!d.matches()) {
      throw new IllegalStateException("date pattern out of step");
    }
    int a = Integer.parseInt(d.group(1));
    int b = Integer.parseInt(d.group(3));
    boolean slash = "/".equals(d.group(2));
    boolean year = d.group(4) != null;
    boolean trailingDot = !d.group(5).isEmpty();
    boolean afterClock =
        !before.isEmpty()
            && before.get(before.size() - 1).isWord()
            && Set.of("kl.", "kl", "klokken").contains(before.get(before.size() - 1).lower());
    int end = start + token.length();
    if (!slash && !year && (afterClock || d.group(3).length() == 2 && (b > 12 || b == 0))) {
      // A time; a full stop after it ends the sentence.
      int timeEnd = trailingDot ? end - 1 : end;
      List<Lexeme> out = new ArrayList<>();
      if (a <= 24 && b <= 59 && d.group(3).length() == 2) {
        out.add(Lexeme.time(start, timeEnd, text.substring(start, timeEnd), a, b));
      } else {
        out.add(Lexeme.number(start, start + d.group(1).length(), d.group(1), bd(a), Form.DIGITS));
      }
      if (trailingDot) {
        out.add(Lexeme.punct(end - 1, end, "."));
      }
      return out;
    }
    if (!slash && !year && !trailingDot) {
      // "10.3" with no year and no closing stop: a decimal written the English way, or a section
      // number; not a date.
      return List.of(
          Lexeme.number(start, start + d.group(1).length(), d.group(1), bd(a), Form.DIGITS),
          Lexeme.punct(start + d.group(1).length(), start + d.group(1).length() + 1, "."),
          Lexeme.number(start + d.group(1).length() + 1, end, d.group(3), bd(b), Form.DIGITS));
    }
    int y = 0;
    if (year) {
      y = Integer.parseInt(d.group(4));
      y = y < 100 ? 2000 + y : y;
    }
    // "10/3." at a sentence end: the stop is the sentence's.
    int dateEnd = slash && trailingDot ? end - 1 : end;
    List<Lexeme> out = new ArrayList<>();
    out.add(Lexeme.date(start, dateEnd, text.substring(start, dateEnd), a, b, y));
    if (dateEnd < end) {
      out.add(Lexeme.punct(dateEnd, end, "."));
    }
    return out;
  }

  /**
   * A number in digits. A full stop right after it makes it an ordinal ("10. marts", "3. samtale")
   * when a lower-case word or a digit follows; before a capital or at the end it ends a sentence.
   */
  private static Lexeme digits(String text, Matcher m) {
    String token = m.group();
    int start = m.start();
    boolean half = token.endsWith("½");
    String plain = half ? token.substring(0, token.length() - 1) : token;
    BigDecimal v = new BigDecimal(plain.replace(".", "").replace(',', '.'));
    if (half) {
      v = v.add(HALF);
    }
    int end = m.end();
    Form form = Form.DIGITS;
    if (end < text.length() && text.charAt(end) == '.' && !plain.contains(",")) {
      int k = end + 1;
      while (k < text.length() && text.charAt(k) == ' ') {
        k++;
      }
      if (k > end + 1 && k < text.length() && Character.isLowerCase(text.charAt(k))) {
        form = Form.ORDINAL;
        end++;
        m.region(end, text.length());
      }
    }
    return Lexeme.number(start, end, text.substring(start, end), v, form);
  }

  // Number words ---------------------------------------------------------------------------

  /** The value of one cardinal word, compound tens included ("syvogtyve"), or null. */
  static Integer cardinal(String lowerCase) {
    Integer v = CARDINALS.get(lowerCase);
    if (v != null) {
      return v;
    }
    int og = lowerCase.indexOf("og");
    while (og > 0) {
      Integer unit = CARDINALS.get(lowerCase.substring(0, og));
      Integer tens = CARDINALS.get(lowerCase.substring(og + 2));
      if (unit != null && tens != null && unit >= 1 && unit <= 9 && TENS.contains(tens)) {
        return unit + tens;
      }
      og = lowerCase.indexOf("og", og + 1);
    }
    // "sekstentusind", "femhundrede": a number and its multiplier written as one word.
    for (Map.Entry<String, Integer> m : MULTIPLIERS.entrySet()) {
      if (m.getValue() >= 100
          && lowerCase.length() > m.getKey().length()
          && lowerCase.endsWith(m.getKey())) {
        Integer count = cardinal(lowerCase.substring(0, lowerCase.length() - m.getKey().length()));
        if (count != null && count >= 1 && count <= 99) {
          return count * m.getValue();
        }
      }
    }
    // "trettitre": a decimal ten, then the unit.
    int ti = lowerCase.indexOf("ti", 2);
    if (ti > 0 && ti + 2 < lowerCase.length()) {
      Integer tens = CARDINALS.get(lowerCase.substring(0, ti + 2));
      Integer unit = CARDINALS.get(lowerCase.substring(ti + 2));
      if (tens != null && unit != null && TENS.contains(tens) && unit >= 1 && unit <= 9) {
        return tens + unit;
      }
    }
    return null;
  }

  /** The value of one ordinal word, compound ordinals included ("treogtyvende"), or null. */
  static Integer ordinal(String lowerCase) {
    Integer v = ORDINALS.get(lowerCase);
    if (v != null) {
      return v;
    }
    int og = lowerCase.indexOf("og");
    while (og > 0) {
      String first = lowerCase.substring(0, og);
      // "seksogtyvende", and as it is also said, "sjetteogtyvende": the unit as an ordinal too.
      Integer unit = CARDINALS.containsKey(first) ? CARDINALS.get(first) : ORDINALS.get(first);
      Integer tens = ORDINALS.get(lowerCase.substring(og + 2));
      if (unit != null && tens != null && unit >= 1 && unit <= 9 && TENS.contains(tens)) {
        return unit + tens;
      }
      og = lowerCase.indexOf("og", og + 1);
    }
    return null;
  }

  private static List<Lexeme> joinNumberWords(String text, List<Lexeme> raw) {
    List<Lexeme> out = new ArrayList<>();
    int i = 0;
    while (i < raw.size()) {
      Lexeme l = raw.get(i);
      if (!l.isWord()) {
        out.add(l);
        i++;
        continue;
      }
      if (l.text().indexOf('-') > 0 && isNumberRange(l.lower())) {
        // "to-tre dage": two numbers.
        int dash = l.text().indexOf('-');
        out.add(
            Lexeme.number(
                l.start(),
                l.start() + dash,
                l.text().substring(0, dash),
                bd(cardinal(l.lower().substring(0, dash))),
                Form.WORDS));
        out.add(Lexeme.punct(l.start() + dash, l.start() + dash + 1, "-"));
        out.add(
            Lexeme.number(
                l.start() + dash + 1,
                l.end(),
                l.text().substring(dash + 1),
                bd(cardinal(l.lower().substring(dash + 1))),
                Form.WORDS));
        i++;
        continue;
      }
      int[] end = new int[2];
      Lexeme number = numberAt(text, raw, i, end);
      if (number != null) {
        out.add(number);
        // "tre timer og et halvt": the unit and the half the number took are words, no number
        // of their own.
        out.addAll(raw.subList(end[0], end[1]));
        i = end[1];
      } else {
        out.add(l);
        i++;
      }
    }
    return sharedMultipliers(out);
  }

  /**
   * "femten, sekstentusind kroner", "to til tre hundrede meter": a range said with its multiplier
   * once, after the last number; the first number counts in the same hundreds or thousands.
   */
  private static List<Lexeme> sharedMultipliers(List<Lexeme> lexemes) {
    for (int k = 0; k + 2 < lexemes.size(); k++) {
      Lexeme from = lexemes.get(k);
      Lexeme between = lexemes.get(k + 1);
      Lexeme to = lexemes.get(k + 2);
      boolean joins =
          between.isPunct() && RANGE_MARKS.contains(between.text())
              || between.isWord("til")
              || between.isWord("eller");
      if (!from.isNumber()
          || from.form() != Form.WORDS
          || !to.isNumber()
          || !joins
          || from.value().scale() > 0
          || from.value().intValue() < 1
          || from.value().intValue() >= 100) {
        continue;
      }
      int first = from.value().intValue();
      for (int multiplier : new int[] {1000, 100}) {
        BigDecimal[] split = to.value().divideAndRemainder(bd(multiplier));
        int last = split[0].intValue();
        if (split[1].signum() == 0 && last > first && last - first <= 10) {
          lexemes.set(
              k,
              Lexeme.number(
                  from.start(),
                  from.end(),
                  from.text(),
                  bd((long) first * multiplier),
                  Form.WORDS));
          break;
        }
      }
    }
    return lexemes;
  }

  /** The marks after a word that end its phrase: "Modul en." */
  private static final Set<String> ENDS = Set.of(".", ",", "?", "!");

  /** The marks between the numbers of a range: "femten, seksten tusind", "to-tre hundrede". */
  private static final Set<String> RANGE_MARKS = Set.of(",", "-", "–");

  private static boolean isNumberRange(String lower) {
    String[] parts = lower.split("-");
    if (parts.length != 2) {
      return false;
    }
    return cardinal(parts[0]) != null && cardinal(parts[1]) != null;
  }

  private static String w(List<Lexeme> raw, int i) {
    return i < raw.size() && raw.get(i).isWord() ? raw.get(i).lower() : "";
  }

  /** Only spaces between two lexemes: a comma or a dash ends a spoken number. */
  private static boolean joined(String text, List<Lexeme> raw, int a, int b) {
    return b < raw.size()
        && raw.get(b).isWord()
        && text.substring(raw.get(a).end(), raw.get(b).start()).isBlank();
  }

  /**
   * The number said in words from lexeme {@code i}, or null; {@code end[0]} is set to the lexeme
   * after it, and {@code end[1]} to the lexeme after the words it took beyond it ("timer og et
   * halvt"), which is {@code end[0]} when it took none.
   */
  private static Lexeme numberAt(String text, List<Lexeme> raw, int i, int[] end) {
    end[1] = -1;
    Lexeme number = numberFrom(text, raw, i, end);
    if (end[1] < 0) {
      end[1] = end[0];
    }
    return number;
  }

  private static Lexeme numberFrom(String text, List<Lexeme> raw, int i, int[] end) {
    String first = w(raw, i);
    Integer ord = ordinal(first);
    if (ord != null) {
      end[0] = i + 1;
      return Lexeme.number(
          raw.get(i).start(), raw.get(i).end(), raw.get(i).text(), bd(ord), Form.ORDINAL);
    }
    boolean article = first.equals("en") || first.equals("et");
    if (article && joined(text, raw, i, i + 1) && w(raw, i + 1).equals("par")) {
      end[0] = i + 2;
      return span(text, raw, i, i + 1, bd(2), Form.APPROXIMATE);
    }
    BigDecimal alone = FRACTIONS.get(first);
    if (alone != null && alone.compareTo(BigDecimal.ONE) > 0) {
      end[0] = i + 1;
      return span(text, raw, i, i, alone, Form.WORDS);
    }
    if (article && joined(text, raw, i, i + 1) && isHalfOrQuarter(w(raw, i + 1))) {
      end[0] = i + 2;
      return span(text, raw, i, i + 1, FRACTIONS.get(w(raw, i + 1)), Form.WORDS);
    }
    long total = 0;
    long current = 0;
    boolean any = false;
    boolean afterMultiplier = false;
    boolean sawMultiplier = false;
    int j = i;
    while (j < raw.size() && (j == i || joined(text, raw, j - 1, j))) {
      String word = w(raw, j);
      Integer unit = cardinal(word);
      Integer mult = MULTIPLIERS.get(word);
      if (unit != null && (!any || afterMultiplier)) {
        current += unit;
        any = true;
        afterMultiplier = false;
        j++;
      } else if (mult != null && (any || mult == 100 || mult == 1000)) {
        long base = current == 0 ? 1 : current;
        if (mult == 100) {
          current = base * 100;
        } else {
          total += base * mult;
          current = 0;
        }
        any = true;
        afterMultiplier = true;
        sawMultiplier = true;
        j++;
      } else if (word.equals("og")
          && afterMultiplier
          && joined(text, raw, j, j + 1)
          && cardinal(w(raw, j + 1)) != null) {
        j++;
      } else {
        break;
      }
    }
    if (!any) {
      return null;
    }
    BigDecimal value = BigDecimal.valueOf(total + current);
    int last = j - 1;
    // "fire en halv", "fire og en halv", "to og et halvt", "tre kvart".
    if (joined(text, raw, last, j)) {
      String a = w(raw, j);
      String b = w(raw, j + 1);
      String c = w(raw, j + 2);
      if ((a.equals("en") || a.equals("et"))
          && isHalf(b)
          && joined(text, raw, j, j + 1)
          && !sawMultiplier) {
        value = value.add(HALF);
        last = j + 1;
      } else if (a.equals("og")
          && (b.equals("en") || b.equals("et"))
          && (isHalf(c) || c.equals("kvart"))
          && joined(text, raw, j, j + 1)
          && joined(text, raw, j + 1, j + 2)) {
        value = value.add(FRACTIONS.get(c));
        last = j + 2;
      } else if (halfAfterTheUnit(text, raw, j) && !sawMultiplier) {
        // "tre timer og et halvt", "to år og en halv": the half said after the unit is the
        // number's; the number keeps its span, so the unit still follows it, and the words up to
        // the half are taken.
        value = value.add(HALF);
        end[1] = j + 4;
      } else if (a.equals("kvart") && value.intValue() == 3 && !sawMultiplier) {
        value = new BigDecimal("0.75");
        last = j;
      } else if (a.equals("komma") && joined(text, raw, j, j + 1) && cardinal(b) != null) {
        int decimals = cardinal(b);
        value = value.add(new BigDecimal("0." + decimals));
        last = j + 1;
      }
    }
    if (last + 1 < raw.size()
        && raw.get(last + 1).isWord("komma")
        && last + 2 < raw.size()
        && raw.get(last + 2).isNumber()
        && text.substring(raw.get(last).end(), raw.get(last + 2).start()).isBlank()) {
      value = value.add(new BigDecimal("0." + raw.get(last + 2).text()));
      last = last + 2;
    }
    end[0] = last + 1;
    // A lone "en"/"et" is mostly the article; "én", "ét" and "een" are the number one, and so is
    // an "en" that numbers the noun before it and ends the phrase ("Modul en.", "trin en");
    // "hvad koster sådan et?" is a pronoun.
    boolean numbers =
        (i + 1 >= raw.size() || raw.get(i + 1).isPunct() && ENDS.contains(raw.get(i + 1).text()))
            && i > 0
            && raw.get(i - 1).isWord()
            && !DanishWords.isStopWord(raw.get(i - 1).lower())
            && DanishWords.wordClasses(raw.get(i - 1).lower()).contains(DanishWords.WordClass.NOUN);
    Form form = last == i && article && !numbers ? Form.ARTICLE : Form.WORDS;
    return span(text, raw, i, last, value, form);
  }

  /**
   * The span of "og et halvt" after the unit of the number ending at {@code numberEnd}, when the
   * number took that half ("tre timer og et halvt"), or null: a note writes the number with its
   * half ("3,5 timer") and drops those words.
   */
  static int[] halfTakenAfterTheUnit(String text, int numberEnd) {
    List<Lexeme> l = lex(text);
    for (int q = 0; q + 4 < l.size(); q++) {
      if (l.get(q).isNumber()
          && l.get(q).end() == numberEnd
          && l.get(q).value().remainder(BigDecimal.ONE).compareTo(HALF) == 0
          && halfAfterTheUnit(text, l, q + 1)) {
        return new int[] {l.get(q + 1).end(), l.get(q + 4).end()};
      }
    }
    return null;
  }

  /** Units of time and distance a half is said after: "tre timer og et halvt". */
  private static final Set<String> HALVED_UNITS =
      Set.of(
          "timer",
          "time",
          "år",
          "uger",
          "uge",
          "måneder",
          "måned",
          "dage",
          "dag",
          "minutter",
          "kilometer");

  /**
   * Whether the lexemes from {@code u} are a unit, "og", "en" or "et" and a half ("timer og et
   * halvt"), with no word after the half that is only a noun, in its base form, which the half
   * would describe instead ("to timer og en halv liter"; "to år og en halv siden" is the half
   * year).
   */
  static boolean halfAfterTheUnit(String text, List<Lexeme> raw, int u) {
    if (!HALVED_UNITS.contains(w(raw, u))
        || !w(raw, u + 1).equals("og")
        || !(w(raw, u + 2).equals("en") || w(raw, u + 2).equals("et"))
        || !isHalf(w(raw, u + 3))
        || !joined(text, raw, u, u + 1)
        || !joined(text, raw, u + 1, u + 2)
        || !joined(text, raw, u + 2, u + 3)) {
      return false;
    }
    String next = w(raw, u + 4);
    return next.isEmpty()
        || !joined(text, raw, u + 3, u + 4)
        || !DanishWords.wordClasses(next).equals(Set.of(DanishWords.WordClass.NOUN))
        || !DanishWords.lemmas(next).contains(next);
  }

  private static boolean isHalf(String w) {
    return w.equals("halv") || w.equals("halvt") || w.equals("halve");
  }

  private static boolean isHalfOrQuarter(String w) {
    return isHalf(w) || w.equals("kvart");
  }

  private static Lexeme span(
      String text, List<Lexeme> raw, int from, int to, BigDecimal value, Form form) {
    int start = raw.get(from).start();
    int end = raw.get(to).end();
    return Lexeme.number(start, end, text.substring(start, end), value.stripTrailingZeros(), form);
  }

  private static BigDecimal bd(long v) {
    return BigDecimal.valueOf(v);
  }

  private static Map<String, Integer> intMap(String name) {
    Map<String, Integer> out = new java.util.HashMap<>();
    WordList.map(name).forEach((k, v) -> out.put(k, Integer.valueOf(v)));
    return Map.copyOf(out);
  }

  private static Map<String, BigDecimal> decimalMap(String name) {
    Map<String, BigDecimal> out = new java.util.HashMap<>();
    WordList.map(name).forEach((k, v) -> out.put(k, new BigDecimal(v)));
    return Map.copyOf(out);
  }
}
