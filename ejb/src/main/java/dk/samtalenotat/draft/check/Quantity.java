package dk.samtalenotat.draft.check;

import dk.samtalenotat.language.Ages;
import dk.samtalenotat.language.DanishWords;
import dk.samtalenotat.language.WordList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What a number counts, read from the words around it: a unit ("12.500 kr.", "16 timer", "3 uger")
 * or the noun after it ("4 job", "6 samtaler"), and a rate ("om ugen", "i timen"). Two numbers
 * about different things do not contradict each other; two about the same thing do.
 *
 * @param unit the kind of unit (AMOUNT, HOURS, WEEKS, ...), or null
 * @param head the keys of the noun after the number when there is no unit, else empty
 * @param rate what the quantity is per ("uge", "dag", "måned", "time", "år"), or null
 * @param age whether the number is a person's age ("jeg er enogtres", "Borger er 61 år")
 */
record Quantity(String unit, Set<String> head, String rate, boolean age) {

  private static final Map<String, String> UNITS = WordList.map(DanishWords.class, "units.txt");
  private static final Set<String> CURRENCY_FIRST = Set.of("kr.", "kr", "dkk");
  private static final Map<String, String> RATES =
      Map.ofEntries(
          Map.entry("ugen", "uge"),
          Map.entry("uge", "uge"),
          Map.entry("dagen", "dag"),
          Map.entry("dag", "dag"),
          Map.entry("måneden", "måned"),
          Map.entry("måned", "måned"),
          Map.entry("md.", "måned"),
          Map.entry("timen", "time"),
          Map.entry("time", "time"),
          Map.entry("året", "år"),
          Map.entry("år", "år"));
  private static final Set<String> RATE_WORDS =
      Set.of("om", "i", "pr.", "per", "pr", "hver", "a", "à");

  static final Quantity NONE = new Quantity(null, Set.of(), null, false);

  /** The quantity of the number at {@code start..end} in {@code text}. */
  static Quantity of(String text, int start, int end) {
    List<DanishWords.Word> after =
        DanishWords.words(text.substring(end, Math.min(text.length(), end + 60)));
    String unit = null;
    Set<String> head = Set.of();
    String gap = after.isEmpty() ? "" : text.substring(end, end + after.get(0).start());
    boolean joined = !after.isEmpty() && gap.isBlank();
    int next = 0;
    if (joined) {
      String first = after.get(0).lower();
      String withStop =
          first
              + (end + after.get(0).end() < text.length()
                      && text.charAt(end + after.get(0).end()) == '.'
                  ? "."
                  : "");
      if (UNITS.containsKey(withStop)) {
        unit = UNITS.get(withStop).toUpperCase(Locale.ROOT);
        next = 1;
      } else if (UNITS.containsKey(first)) {
        unit = UNITS.get(first).toUpperCase(Locale.ROOT);
        next = 1;
      } else if (compoundUnit(first) != null) {
        // "én sygedag", "12 arbejdstimer": a compound counts in the unit it ends with.
        unit = compoundUnit(first);
        next = 1;
      } else if (DanishWords.isContentWord(first) && !DanishWords.isAdverb(first)) {
        // Not "to tilbage", "tre mere": an adverb after a number counts nothing; the number
        // counts what was named before ("fire samtaler, og jeg har to tilbage").
        head = DanishWords.keys(first);
        next = 1;
      }
    }
    if (unit == null && head.isEmpty()) {
      // "modul 2", "trin 3", "niveau 4": the noun before counts the number.
      String window = text.substring(Math.max(0, start - 30), start);
      List<DanishWords.Word> prior = DanishWords.words(window);
      if (!prior.isEmpty()) {
        DanishWords.Word last = prior.get(prior.size() - 1);
        String lower = last.lower();
        if (window.substring(last.end()).equals(" ")
            && DanishWords.isContentWord(lower)
            && (!DanishWords.dictionaryInstalled()
                || DanishWords.wordClasses(lower).equals(EnumSet.of(DanishWords.WordClass.NOUN)))
            && !UNITS.containsKey(lower)
            && !lower.equals("uge")
            && !ORDER_WORDS.contains(lower)) {
          head = DanishWords.keys(lower);
        }
      }
    }
    boolean age = Ages.saidBefore(text.substring(Math.max(0, start - 40), start));
    if (unit == null && age) {
      // "jeg er enogtres nu", "æ er 61", "hun fylder tres": a person's age, in years.
      unit = "YEARS";
      head = Set.of();
    }
    if (unit == null) {
      String before =
          text.substring(Math.max(0, start - 5), start).strip().toLowerCase(Locale.ROOT);
      for (String c : CURRENCY_FIRST) {
        if (before.endsWith(c)) {
          unit = "AMOUNT";
          head = Set.of();
        }
      }
    }
    String rate = null;
    for (int k = next; k < Math.min(after.size() - 1, next + 3); k++) {
      if (RATE_WORDS.contains(after.get(k).lower())
          && RATES.containsKey(after.get(k + 1).lower())) {
        rate = RATES.get(after.get(k + 1).lower());
        break;
      }
    }
    return new Quantity(unit, head, rate, age && "YEARS".equals(unit));
  }

  /** Words of order before a number, which count nothing: "de sidste fire", "de første to". */
  private static final Set<String> ORDER_WORDS =
      Set.of("sidste", "første", "næste", "andre", "øvrige", "kommende", "forrige");

  /** The same noun, also as the last part of a compound ("møder" and "mentormøder"). */
  private boolean sameHead(Quantity other) {
    if (endsCompound(head, other.head) || endsCompound(other.head, head)) {
      return true; // "én sygedag" counts what "syg én dag" counts: a compound ends in its head
    }
    for (String k : head) {
      if (Evidence.meets(k, other.head) > 0.6) {
        return true;
      }
    }
    for (String k : other.head) {
      if (Evidence.meets(k, head) > 0.6) {
        return true;
      }
    }
    return false;
  }

  private static final Set<String> TIME_UNITS =
      Set.of("HOURS", "MINUTES", "DAYS", "WEEKS", "MONTHS");

  /** The unit a compound ends with ("sygedag", "arbejdstimer"), or null. */
  private static String compoundUnit(String word) {
    for (int cut = 3; cut <= word.length() - 3; cut++) {
      String unit = UNITS.get(word.substring(cut));
      // Units of time only: "indgang" is no count of times, "parameter" no distance.
      if (unit != null && TIME_UNITS.contains(unit.toUpperCase(Locale.ROOT))) {
        return unit.toUpperCase(Locale.ROOT);
      }
    }
    return null;
  }

  private static boolean endsCompound(Set<String> shortKeys, Set<String> compounds) {
    for (String k : shortKeys) {
      for (String c : compounds) {
        if (k.length() >= 3 && c.length() > k.length() + 2 && c.endsWith(k)) {
          return true;
        }
      }
    }
    return false;
  }

  /** Whether something is known about what the number counts. */
  boolean known() {
    return unit != null || !head.isEmpty();
  }

  /** Whether two numbers count the same thing: the same unit, or the same noun, and rate. */
  boolean sameAs(Quantity other) {
    boolean same = unit != null && unit.equals(other.unit) || !head.isEmpty() && sameHead(other);
    return same && (rate == null || other.rate == null || rate.equals(other.rate));
  }

  /** Whether two numbers may count the same thing: nothing known against it. */
  boolean compatible(Quantity other) {
    if (unit != null && other.unit != null && !unit.equals(other.unit)) {
      return false;
    }
    if (!head.isEmpty() && !other.head.isEmpty() && !sameHead(other)) {
      return false;
    }
    // "3 uger" and "3 job" count different things; "ti gange" may be ten meetings.
    if (unit != null && !"TIMES".equals(unit) && !other.head.isEmpty()
        || other.unit != null && !"TIMES".equals(other.unit) && !head.isEmpty()) {
      return false;
    }
    return rate == null || other.rate == null || rate.equals(other.rate);
  }
}
