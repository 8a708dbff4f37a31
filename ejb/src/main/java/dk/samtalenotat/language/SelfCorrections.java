package dk.samtalenotat.language;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Self-corrections in speech: "fem – nej, fire job", "otte - nej, ni", "den første oktober, nej
 * undskyld, november", "den 10. – jeg mener den 11.", "tolv eller rettere fjorten". Finds the value
 * a speaker took back and the value said instead, so that an engine keeps only the corrected value
 * and the unsupported-fact check knows that the first one does not support a note.
 *
 * <p>A correction is a marker from {@code corrections.txt} ("nej", "undskyld", "vent", "jeg mener",
 * "eller rettere", ...) after a dash or a comma (or directly between two values of one kind), with
 * a value just before it in the same sentence. The corrected value is the next value of the same
 * kind in the text, which may come a sentence later ("den første oktober – nej, vent, det passer
 * ikke. [...] fra den første november"). Give the whole turn of one speaker as the text: a
 * correction may run into the next cue.
 */
public final class SelfCorrections {

  /**
   * A value taken back and what was said instead.
   *
   * @param retracted the values taken back (several in a list: "tirsdag og torsdag"), never empty
   * @param corrected the values said instead, empty when none followed
   */
  public record Correction(
      List<SpokenValue> retracted, int markerStart, int markerEnd, List<SpokenValue> corrected) {

    public Correction {
      retracted = List.copyOf(retracted);
      corrected = List.copyOf(corrected);
    }
  }

  private static final List<List<String>> MARKERS =
      WordList.lines("corrections.txt").stream()
          .map(p -> List.of(p.replace(",", " ").strip().split("\\s+")))
          .sorted(Comparator.comparingInt((List<String> p) -> p.size()).reversed())
          .toList();

  /** Markers that may stand between two values with no punctuation ("fem nej fire"). */
  private static final Set<String> BARE = Set.of("nej", "næ", "næj", "jeg", "eller", "rettere");

  private static final Pattern LIST_GAP =
      Pattern.compile("\\s*(?:,|og|eller|og så|,\\s*og)?\\s*", Pattern.CASE_INSENSITIVE);
  private static final Pattern SENTENCE_END = Pattern.compile("[.!?]");

  private static final Pattern DASH_OR_COMMA = Pattern.compile("[\\s,\\-–—]+");
  private static final Pattern VALUE_ENDS_ITS_SENTENCE = Pattern.compile("\\s*(?:[.!?,]|$)");
  private static final Pattern TRAILING_PUNCTUATION = Pattern.compile("[\\s,.!\\-–—]+$");
  private static final Pattern WORDS_ONLY = Pattern.compile("(?:\\s+[\\p{L}]+){1,3}");

  private static final Pattern WEEKDAY_GAP = Pattern.compile("\\s*,?\\s*");

  /** Words before a value said again in the next sentence: "Lad os sige", "Det bliver". */
  private static final int MAX_WORDS_BEFORE_VALUE_SAID_AGAIN = 4;

  /** Words allowed between a value and the marker: "tirsdag og torsdag er fint – undskyld". */
  private static final int MAX_WORDS_BEFORE_MARKER = 3;

  private SelfCorrections() {}

  /** The self-corrections of a text, in order. */
  public static List<Correction> find(String text) {
    List<Lexeme> l = Lexer.lex(text);
    List<SpokenValue> values = SpokenValue.find(text);
    List<Correction> found = new ArrayList<>();
    for (int j = 1; j < l.size(); j++) {
      int markerEnd = markerAt(l, j);
      if (markerEnd < 0) {
        continue;
      }
      Lexeme before = l.get(j - 1);
      String first = l.get(j).lower();
      boolean afterDash = before.isDash();
      boolean afterComma = before.isPunct() && ",".equals(before.text()) && !first.equals("altså");
      boolean bare = !before.isPunct() && BARE.contains(first);
      boolean openingASentence = opensASentenceAsACorrection(l, j, markerEnd);
      if (!afterDash && !afterComma && !bare && !openingASentence) {
        continue;
      }
      int cut = afterDash || afterComma || openingASentence ? before.start() : l.get(j).start();
      SpokenValue last = lastValueBefore(text, values, cut);
      if (last == null) {
        continue;
      }
      int markerEndOffset = l.get(markerEnd - 1).end();
      SpokenValue next = null;
      for (SpokenValue v : values) {
        if (v.start() >= markerEndOffset && v.sameKind(last)) {
          next = v;
          break;
        }
      }
      if (bare && (next == null || !text.substring(markerEndOffset, next.start()).isBlank())) {
        // Without punctuation only "fem nej fire" counts: "nej" is an answer too often.
        continue;
      }
      if (openingASentence
          && (next == null
              || !DASH_OR_COMMA.matcher(text.substring(markerEndOffset, next.start())).matches())) {
        // "Fem timer. Nej, det er fint": only a value said straight after the marker replaces one.
        continue;
      }
      List<SpokenValue> retracted = group(text, values, last, false);
      List<SpokenValue> corrected = next == null ? List.of() : group(text, values, next, true);
      List<SpokenValue> said = retracted;
      if (replacesTheLast(retracted, corrected)) {
        // "mandag, onsdag og torsdag – nej, fredag": the days said instead replace the last ones.
        said = retracted.subList(retracted.size() - corrected.size(), retracted.size());
      }
      List<SpokenValue> takenBack =
          said.stream().filter(r -> corrected.stream().noneMatch(r::sameValue)).toList();
      if (!takenBack.isEmpty()) {
        found.add(new Correction(takenBack, l.get(j).start(), markerEndOffset, corrected));
      }
      j = markerEnd - 1;
    }
    return found;
  }

  /**
   * The text with each correction resolved: "a har søgt fem – nej, fire job" becomes "a har søgt
   * fire job". When the corrected value comes only in a later sentence, the sentence with the value
   * taken back is left out ("den første oktober – nej, vent, det passer ikke."), and so is one
   * whose value was taken back with nothing said instead.
   */
  public static String resolve(String text) {
    List<Correction> corrections = find(text);
    List<SpokenValue> all = corrections.isEmpty() ? List.of() : SpokenValue.find(text);
    StringBuilder out = new StringBuilder(text);
    for (int c = corrections.size() - 1; c >= 0; c--) {
      Correction k = corrections.get(c);
      int from = k.retracted().get(0).start();
      boolean sameSentence =
          !k.corrected().isEmpty()
              && !SENTENCE_END
                  .matcher(text.substring(k.markerEnd(), k.corrected().get(0).start()))
                  .find();
      if (sameSentence) {
        int groupStart = Math.min(from, firstOfGroup(text, k));
        String unit = unitOfTheValueTakenBack(text, k);
        if (!unit.isEmpty()) {
          out.insert(k.corrected().get(0).end(), unit);
        }
        out.delete(groupStart, k.corrected().get(0).start());
        if (Character.isUpperCase(text.charAt(groupStart)) && groupStart < out.length()) {
          // "Tirsdag og torsdag – nej, onsdag og fredag.": the sentence still opens with a capital.
          out.setCharAt(groupStart, Character.toUpperCase(out.charAt(groupStart)));
        }
      } else if (!k.corrected().isEmpty() && saidAgainInTheNextSentence(text, all, k)) {
        // "Næste samtale på video, onsdag den 14. – nej, det er for tidligt. Lad os sige onsdag
        // den 28. oktober kl. 10.00.": the sentence goes on from the value said instead.
        int cut = weekdayBefore(text, all, Math.min(from, firstOfGroup(text, k)));
        out.delete(cut, weekdayBefore(text, all, k.corrected().get(0).start()));
        if (Character.isLowerCase(text.charAt(cut)) && cut < out.length()) {
          // "... tolv – nej, vent, det passer ikke. Seksten timer": no capital inside a sentence.
          out.setCharAt(cut, Character.toLowerCase(out.charAt(cut)));
        }
      } else {
        int sentenceStart = sentenceStart(text, from);
        int sentenceEnd = sentenceEnd(text, k.markerEnd());
        out.delete(sentenceStart, sentenceEnd);
      }
    }
    return out.toString().replaceAll(" {2,}", " ").strip();
  }

  /**
   * Whether the text's first correction is taken up again in the sentence after its reason ("Vi ses
   * torsdag den 25. – nej, det er forkert. Det bliver fredag den 16."), which {@link #resolve}
   * reads as the first sentence going on with the value said instead.
   */
  public static boolean takesUpTheValueInTheNextSentence(String text) {
    List<Correction> found = find(text);
    return !found.isEmpty()
        && !found.get(0).corrected().isEmpty()
        && SENTENCE_END
            .matcher(
                text.substring(found.get(0).markerEnd(), found.get(0).corrected().get(0).start()))
            .find()
        && saidAgainInTheNextSentence(text, SpokenValue.find(text), found.get(0));
  }

  /**
   * Whether the value said instead opens the sentence right after the one with the correction's
   * reason, after at most a few words of its own and no other value ("– nej, det er forkert. Det
   * bliver fredag den 16."), so that it takes the place of the value taken back in its sentence.
   */
  private static boolean saidAgainInTheNextSentence(
      String text, List<SpokenValue> all, Correction k) {
    int reasonEnd = sentenceEnd(text, k.markerEnd());
    int insteadStart = weekdayBefore(text, all, k.corrected().get(0).start());
    if (reasonEnd > insteadStart
        || SENTENCE_END.matcher(text.substring(reasonEnd, insteadStart)).find()) {
      return false;
    }
    String lead = text.substring(reasonEnd, insteadStart);
    return DanishWords.words(lead).size() <= MAX_WORDS_BEFORE_VALUE_SAID_AGAIN
        && all.stream().noneMatch(v -> v.start() >= reasonEnd && v.start() < insteadStart);
  }

  /** Where a weekday said just before a date starts ("onsdag den 14."), else the date's start. */
  private static int weekdayBefore(String text, List<SpokenValue> values, int start) {
    for (SpokenValue v : values) {
      if (v.kind() == SpokenValue.Kind.WEEKDAY
          && v.end() <= start
          && WEEKDAY_GAP.matcher(text.substring(v.end(), start)).matches()) {
        return v.start();
      }
    }
    return start;
  }

  /**
   * "Tredive timer om ugen. Eller, nej – toogtredive.": a marker that opens a sentence after a full
   * stop, with a dash or a comma after it, takes back what the sentence before ended with (a
   * question's "?" opens an answer instead, and "Altså, ..." goes on rather than takes back).
   */
  private static boolean opensASentenceAsACorrection(List<Lexeme> l, int j, int markerEnd) {
    Lexeme before = l.get(j - 1);
    return before.isPunct()
        && (".".equals(before.text()) || "!".equals(before.text()))
        && !l.get(j).lower().equals("altså")
        && markerEnd < l.size()
        && (l.get(markerEnd).isDash()
            || l.get(markerEnd).isPunct() && ",".equals(l.get(markerEnd).text()));
  }

  /**
   * Whether fewer weekdays said instead replace the last of a list ("mandag, onsdag og torsdag –
   * nej, fredag" is mandag, onsdag og fredag), rather than all of it.
   */
  private static boolean replacesTheLast(List<SpokenValue> list, List<SpokenValue> instead) {
    return !instead.isEmpty()
        && instead.size() < list.size()
        && list.stream().allMatch(v -> v.kind() == SpokenValue.Kind.WEEKDAY)
        && instead.stream().allMatch(v -> v.kind() == SpokenValue.Kind.WEEKDAY);
  }

  /**
   * "Tredive timer om ugen – nej, toogtredive.": the words after the value taken back ("timer om
   * ugen") when the value said instead stands alone at the end of its sentence, so that the
   * resolved text keeps them ("toogtredive timer om ugen"); else empty. Only words, no value, and
   * only for one value replacing one.
   */
  private static String unitOfTheValueTakenBack(String text, Correction k) {
    if (k.retracted().size() != 1 || k.corrected().size() != 1) {
      return "";
    }
    SpokenValue instead = k.corrected().get(0);
    String after = text.substring(instead.end());
    if (!VALUE_ENDS_ITS_SENTENCE.matcher(after).lookingAt()) {
      return "";
    }
    String between = text.substring(k.retracted().get(0).end(), k.markerStart());
    String words = TRAILING_PUNCTUATION.matcher(between).replaceFirst("");
    boolean hasValue =
        SpokenValue.find(text).stream()
            .anyMatch(
                v ->
                    v.start() >= k.retracted().get(0).end()
                        && v.end() <= k.retracted().get(0).end() + words.length());
    return hasValue || !WORDS_ONLY.matcher(words).matches() ? "" : words;
  }

  /**
   * The start of the whole list taken back, values kept in the correction included; of the days
   * replaced, where the correction replaces the last days of a list.
   */
  private static int firstOfGroup(String text, Correction k) {
    List<SpokenValue> all = SpokenValue.find(text);
    SpokenValue last = lastValueBefore(text, all, k.markerStart());
    if (last == null) {
      return k.retracted().get(0).start();
    }
    List<SpokenValue> group = group(text, all, last, false);
    // Only the days replaced are taken out of a list whose last days were corrected.
    return replacesTheLast(group, k.corrected())
        ? k.retracted().get(0).start()
        : group.get(0).start();
  }

  /**
   * The lexeme index after a marker phrase starting at {@code j}, or -1. Commas inside the phrase
   * are skipped ("nej, vent").
   */
  private static final Map<String, List<List<String>>> MARKERS_BY_FIRST_WORD =
      MARKERS.stream().collect(Collectors.groupingBy(p -> p.get(0)));

  private static int markerAt(List<Lexeme> l, int j) {
    if (!l.get(j).isWord()) {
      return -1;
    }
    for (List<String> phrase : MARKERS_BY_FIRST_WORD.getOrDefault(l.get(j).lower(), List.of())) {
      int k = j;
      boolean matches = true;
      for (String word : phrase) {
        while (k < l.size() && l.get(k).isPunct() && ",".equals(l.get(k).text()) && k > j) {
          k++;
        }
        if (k >= l.size() || !l.get(k).isWord() || !l.get(k).lower().equals(word)) {
          matches = false;
          break;
        }
        k++;
      }
      if (matches) {
        return k;
      }
    }
    return -1;
  }

  private static SpokenValue lastValueBefore(String text, List<SpokenValue> values, int cut) {
    SpokenValue last = null;
    for (SpokenValue v : values) {
      if (v.end() <= cut) {
        last = v;
      }
    }
    if (last == null) {
      return null;
    }
    String between = text.substring(last.end(), cut);
    if (SENTENCE_END.matcher(between).find()
        || DanishWords.words(between).size() > MAX_WORDS_BEFORE_MARKER) {
      return null;
    }
    return last;
  }

  /** A value and its neighbours of the same kind in a list ("tirsdag og torsdag"). */
  private static List<SpokenValue> group(
      String text, List<SpokenValue> values, SpokenValue anchor, boolean forward) {
    int at = values.indexOf(anchor);
    List<SpokenValue> group = new ArrayList<>();
    group.add(anchor);
    int step = forward ? 1 : -1;
    for (int k = at + step; k >= 0 && k < values.size(); k += step) {
      SpokenValue v = values.get(k);
      SpokenValue edge = group.get(group.size() - 1);
      String gap =
          forward
              ? text.substring(edge.end(), Math.max(edge.end(), v.start()))
              : text.substring(v.end(), Math.max(v.end(), edge.start()));
      if (!v.sameKind(anchor) || !LIST_GAP.matcher(gap.toLowerCase(Locale.ROOT)).matches()) {
        break;
      }
      group.add(v);
    }
    group.sort(Comparator.comparingInt(SpokenValue::start));
    return group;
  }

  private static int sentenceStart(String text, int at) {
    for (int k = at - 1; k >= 0; k--) {
      char c = text.charAt(k);
      if (c == '.' || c == '!' || c == '?') {
        return k + 1;
      }
    }
    return 0;
  }

  private static int sentenceEnd(String text, int at) {
    for (int k = at; k < text.length(); k++) {
      char c = text.charAt(k);
      if (c == '.' || c == '!' || c == '?') {
        return k + 1;
      }
    }
    return text.length();
  }
}
