package dk.samtalenotat.draft.offline;

import dk.samtalenotat.draft.DraftSegment;
import dk.samtalenotat.language.Denials;
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
          "^(?:(?:nej|næ|undskyld|rettelse|hov)[,.!]?\\s*)+(?:det|den|mødet|samtalen)\\s+(?:var|er|bliver)"
              + "\\s+(.+?),?\\s+ikke\\s+(.+?)[.!]?$",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  private static final Pattern NUMBER = Pattern.compile("\\d+");

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

  private static void replaceEarlier(
      List<Talk.Turn> turns, int at, Party speaker, String wrong, String right) {
    Pattern value = Pattern.compile("(?<![\\d.,])" + wrong + "(?![\\d,])");
    for (int k = at - 1; k >= 0 && k >= at - 4; k--) {
      Talk.Turn earlier = turns.get(k);
      if (!earlier.party().equals(speaker)) {
        continue;
      }
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
