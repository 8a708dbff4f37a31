package dk.samtalenotat.draft.offline;

import dk.samtalenotat.draft.DraftSegment;
import dk.samtalenotat.language.DanishDates;
import dk.samtalenotat.language.Denials;
import dk.samtalenotat.language.LaterCorrections;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A correction said in a later turn: "Nej undskyld, det var den 14., ikke den 12." replaces the
 * value in what the same speaker said just before, and the correcting sentence itself carries no
 * fact of its own. So does the other party's denial of a value just said to them: "Nej, det er ikke
 * den niende. Han sagde mandag den sekstende." makes the ninth of the turn before the sixteenth,
 * the day the denying turn gives instead.
 */
final class CrossCorrections {

  private static final Pattern LATER =
      Pattern.compile(
          "^" + LaterCorrections.SETTING_RIGHT + "(.+?),?\\s+ikke\\s+(.+?)[.!]?$",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  private static final Pattern NUMBER = Pattern.compile("\\d+");

  /**
   * A sentence that only sets a value right, after the value was said earlier in the same turn:
   * "Øh, jeg mener - hun siger tirsdagen, ikke torsdagen." (what cleaning leaves of it: "Tirsdagen,
   * ikke torsdagen."). Weekdays or numbers, the right one first.
   */
  private static final Pattern SET_RIGHT =
      Pattern.compile(
          "^(?:(?:øh|nej|undskyld|altså|jeg\\s+mener|(?:hun|han|de|borger\\p{L}*)\\s+siger)"
              + "[,–-]?\\s*)*(\\p{L}+|\\d+),?\\s+ikke\\s+(\\p{L}+|\\d+)[.!]?$",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  private static final Pattern WEEKDAY =
      Pattern.compile(
          "(" + DanishDates.WEEKDAY_NAMES + ")(?:en|e)?",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  private CrossCorrections() {}

  /**
   * The segments' texts, with a value that the next speaker denies and says instead (a day, a
   * person's name: {@link Denials}) replaced by what they say, and the sentence that denies it left
   * out.
   */
  static List<String> withDenials(List<DraftSegment> segments) {
    List<String> texts = new ArrayList<>(segments.stream().map(DraftSegment::text).toList());
    for (int i = 1; i < segments.size(); i++) {
      String speaker = segments.get(i).speaker();
      if (Objects.equals(segments.get(i - 1).speaker(), speaker)) {
        continue;
      }
      // The reply is the speaker's whole turn; the turn denied, the other speaker's last segment.
      StringBuilder reply = new StringBuilder(texts.get(i));
      for (int j = i + 1; j < segments.size(); j++) {
        if (!Objects.equals(segments.get(j).speaker(), speaker)) {
          break;
        }
        reply.append(' ').append(texts.get(j));
      }
      Optional<Denials.Denial> denial = Denials.find(texts.get(i - 1), reply.toString());
      if (denial.isPresent() && denial.get().denialEnd() <= texts.get(i).length()) {
        texts.set(i - 1, denial.get().corrected(texts.get(i - 1)));
        texts.set(i, texts.get(i).substring(denial.get().denialEnd()));
      }
    }
    return texts;
  }

  static void apply(List<Talk.Turn> turns) {
    for (int i = 0; i < turns.size(); i++) {
      Talk.Turn t = turns.get(i);
      List<String> kept = new ArrayList<>();
      boolean changed = false;
      for (String sentence : t.sentences()) {
        Matcher set = SET_RIGHT.matcher(sentence);
        if (set.matches() && setRight(kept, set.group(1), set.group(2))) {
          changed = true;
          continue;
        }
        Matcher m = LATER.matcher(sentence);
        if (!m.matches()) {
          kept.add(sentence);
          continue;
        }
        Matcher right = NUMBER.matcher(m.group(1));
        Matcher wrong = NUMBER.matcher(m.group(2));
        if (right.find() && wrong.find()) {
          replaceEarlier(turns, i, t.party(), wrong.group(), right.group());
        }
        changed = true;
      }
      if (changed) {
        turns.set(
            i,
            new Talk.Turn(
                t.segment(), t.party(), t.label(), List.copyOf(kept), t.foreign(), t.language()));
      }
    }
  }

  /**
   * Replaces the wrong weekday or number in the sentences said before in the same turn with the
   * right one ("hver torsdag" becomes "hver tirsdag", "torsdagen" "tirsdagen"); false when the two
   * are not values of one kind or the wrong one was not said before, so that the sentence stays.
   */
  private static boolean setRight(List<String> before, String right, String wrong) {
    Pattern value;
    java.util.function.Function<java.util.regex.MatchResult, String> replacement;
    Matcher r = WEEKDAY.matcher(right);
    Matcher w = WEEKDAY.matcher(wrong);
    if (r.matches() && w.matches()) {
      String day = r.group(1).toLowerCase(java.util.Locale.ROOT);
      value =
          Pattern.compile(
              "\\b" + w.group(1) + "(en|e)?\\b", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
      replacement =
          m -> {
            String d = Character.isUpperCase(m.group().charAt(0)) ? Clauses.upperFirst(day) : day;
            return d + (m.group(1) == null ? "" : m.group(1));
          };
    } else if (NUMBER.matcher(right).matches() && NUMBER.matcher(wrong).matches()) {
      value = Pattern.compile("(?<![\\d.,])" + wrong + "(?![\\d,])");
      replacement = m -> right;
    } else {
      return false;
    }
    boolean found = false;
    for (int i = 0; i < before.size(); i++) {
      Matcher m = value.matcher(before.get(i));
      if (m.find()) {
        found = true;
        before.set(i, m.replaceAll(x -> Matcher.quoteReplacement(replacement.apply(x))));
      }
    }
    return found;
  }

  private static void replaceEarlier(
      List<Talk.Turn> turns, int at, Party speaker, String wrong, String right) {
    Pattern value = Pattern.compile("(?<![\\d.,])" + wrong + "(?![\\d,])");
    // "Det var ti timer, ikke otte" may come after others spoke: the speaker's own turns before.
    int own = 0;
    for (int k = at - 1; k >= 0 && own < LaterCorrections.OWN_TURNS_BACK; k--) {
      Talk.Turn earlier = turns.get(k);
      if (!earlier.party().equals(speaker)) {
        continue;
      }
      own++;
      List<String> fixed = new ArrayList<>();
      boolean found = false;
      for (String s : earlier.sentences()) {
        Matcher m = value.matcher(s);
        if (m.find()) {
          found = true;
          fixed.add(m.replaceAll(right));
        } else {
          fixed.add(s);
        }
      }
      if (found) {
        turns.set(
            k,
            new Talk.Turn(
                earlier.segment(),
                earlier.party(),
                earlier.label(),
                List.copyOf(fixed),
                earlier.foreign(),
                earlier.language()));
        return;
      }
    }
  }
}
