package dk.samtalenotat.language;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A value set right later: a weekday in the next sentence of the same speaker (below), or any value
 * in a turn of its own ({@link #valuesSetRight}). A weekday set right in the next sentence: "Hun
 * henter ham om torsdagen. Øh, jeg mener – hun siger tirsdagen, ikke torsdagen.", "Vi ses på
 * torsdag. Nej, undskyld, tirsdag." {@link SelfCorrections} reads a correction within a sentence;
 * this one opens the next sentence with the marker and the day said instead. The day taken back is
 * the one after "ikke" in the correcting sentence, everywhere the speaker said it before; without
 * one, the last other day of the sentence before.
 */
public final class LaterCorrections {

  /** A weekday taken back at {@code start..end} of the text, and the day said instead. */
  public record TakenBack(int start, int end, String instead) {}

  /**
   * "Og undskyld, jeg skal lige rette mig selv fra før – det var ti timer, ikke otte": a speaker
   * saying that they set right what they said before, as the markers "nej" and "undskyld" do.
   */
  private static final String SETTING_ONESELF_RIGHT =
      "(?:jeg\\s+(?:skal|må|vil)\\s+(?:lige\\s+)?rette\\s+(?:mig\\s+selv|det)"
          + "|jeg\\s+sagde\\s+(?:det\\s+)?forkert|(?:lige\\s+)?en\\s+rettelse)"
          + "(?:\\s+(?:fra|til)\\s+(?:før|tidligere))?[\\s,:–-]*";

  /**
   * A value set right in a turn of its own: the value said instead ({@code instead}) and the one
   * taken back ({@code wrong}), both as said in the correcting turn.
   */
  public record SetRight(SpokenValue instead, SpokenValue wrong) {}

  /**
   * How a turn of its own opens that sets a value right: a marker ("Nej undskyld,", "Og undskyld,
   * jeg skal lige rette mig selv fra før –") and "det var", "mødet er", ... before the value said
   * instead. The engine reads the same opening on its cleaned sentences.
   */
  public static final String SETTING_RIGHT =
      "(?:(?:og|men|så)\\s+)?(?:(?:nej|næ|undskyld|rettelse|hov)[,.!:]?\\s*|"
          + SETTING_ONESELF_RIGHT
          + ")+(?:det|den|mødet|samtalen)\\s+(?:var|er|bliver)\\s+";

  /**
   * How many of the speaker's own turns back a value set right in a turn of its own reaches, for
   * the check and the engine alike (others may speak between).
   */
  public static final int OWN_TURNS_BACK = 4;

  private static final Pattern SETS_RIGHT =
      Pattern.compile(
          "(?<![\\p{L}])" + SETTING_RIGHT, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  /** Between the value said instead and the one taken back: "tretten timer, ikke tolv". */
  private static final Pattern INSTEAD_NOT =
      Pattern.compile(
          "(?:\\s+\\p{L}+){0,3}\\s*,?\\s+ikke\\s+(?:om\\s+|på\\s+|den\\s+)?",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  /**
   * The values a turn sets right of what its speaker said in an earlier turn: "Undskyld, det var
   * tretten timer, ikke tolv", "Nej, rettelse: mødet er den ellevte, ikke den tiende". The caller
   * takes the value back where the same speaker said it before; the correcting sentence itself says
   * neither value as a fact.
   */
  public static List<SetRight> valuesSetRight(String turn) {
    List<SetRight> found = new ArrayList<>();
    Matcher m = SETS_RIGHT.matcher(turn);
    // The values are read only for a turn that opens a correction: most turns do not.
    List<SpokenValue> values = null;
    while (m.find()) {
      if (values == null) {
        values = SpokenValue.find(turn);
      }
      SpokenValue instead = null;
      for (SpokenValue v : values) {
        if (v.start() >= m.end()) {
          instead = v.start() == m.end() ? v : null;
          break;
        }
      }
      if (instead == null) {
        continue;
      }
      for (SpokenValue v : values) {
        if (v.start() > instead.end()
            && v.sameKind(instead)
            && !v.sameValue(instead)
            && INSTEAD_NOT.matcher(turn.substring(instead.end(), v.start())).matches()) {
          found.add(new SetRight(instead, v));
          break;
        }
      }
    }
    return found;
  }

  /** The names of the days, group 1 of the patterns below. */
  private static final String DAY = "(" + DanishDates.WEEKDAY_NAMES + ")";

  private static final Pattern WEEKDAY =
      Pattern.compile(
          "(?<![\\p{L}])" + DAY + "(?:ene|en|s)?(?![\\p{L}])",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  /**
   * A sentence opening with a marker of correction, after a filler: "Øh, jeg mener –", "Nej,
   * undskyld,", "Undskyld,", then at most four words before the day said instead.
   */
  private static final Pattern OPENS_WITH_MARKER =
      Pattern.compile(
          "^(?:(?:øh|øhm|æh|hov)[\\s,.…–-]+)*"
              + "(?:nej,?\\s+undskyld|undskyld|jeg\\s+mener|nej,?\\s+vent|eller\\s+rettere|rettelse)"
              + "[\\s,:–-]+(?:[\\p{L}]+[\\s,]+){0,4}?"
              + "(?="
              + DAY
              + ")",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  private static final Pattern NOT_A_DAY =
      Pattern.compile(
          "(?<![\\p{L}])ikke\\s+(?:om\\s+|på\\s+)?" + DAY + "(?:ene|en)?(?![\\p{L}])",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  private static final Pattern SENTENCE = Pattern.compile("[^.!?]+[.!?]*");

  private LaterCorrections() {}

  /** The weekdays a speaker's turn takes back in a later sentence, in order. */
  public static List<TakenBack> weekdays(String turn) {
    List<int[]> sentences = new ArrayList<>();
    Matcher s = SENTENCE.matcher(turn);
    while (s.find()) {
      sentences.add(new int[] {s.start(), s.end()});
    }
    List<TakenBack> found = new ArrayList<>();
    for (int i = 1; i < sentences.size(); i++) {
      int from = sentences.get(i)[0];
      String sentence = turn.substring(from, sentences.get(i)[1]);
      String opening = sentence.stripLeading();
      int lead = sentence.length() - opening.length();
      Matcher m = OPENS_WITH_MARKER.matcher(opening);
      if (!m.find()) {
        continue;
      }
      Matcher said = WEEKDAY.matcher(opening);
      if (!said.find(m.end())) {
        continue;
      }
      String instead = day(said.group(1));
      Matcher not = NOT_A_DAY.matcher(opening);
      if (not.find(said.end()) && !day(not.group(1)).equals(instead)) {
        // "tirsdagen, ikke torsdagen": every earlier mention of that day is taken back, and the
        // day in the denial says it no more than "nej, det er ikke den niende" does.
        String back = day(not.group(1));
        Matcher earlier = WEEKDAY.matcher(turn.substring(0, from));
        while (earlier.find()) {
          if (day(earlier.group(1)).equals(back)) {
            found.add(new TakenBack(earlier.start(), earlier.end(), instead));
          }
        }
        found.add(new TakenBack(from + lead + not.start(1), from + lead + not.end(), instead));
        continue;
      }
      int[] before = sentences.get(i - 1);
      Matcher last = WEEKDAY.matcher(turn.substring(before[0], before[1]));
      TakenBack lastOther = null;
      while (last.find()) {
        lastOther =
            day(last.group(1)).equals(instead)
                ? null
                : new TakenBack(before[0] + last.start(), before[0] + last.end(), instead);
      }
      if (lastOther != null) {
        found.add(lastOther);
      }
    }
    return found;
  }

  private static String day(String name) {
    return name.toLowerCase(Locale.ROOT);
  }
}
