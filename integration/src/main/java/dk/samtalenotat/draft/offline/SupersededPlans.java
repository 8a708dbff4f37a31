package dk.samtalenotat.draft.offline;

import dk.samtalenotat.language.DanishDates;
import dk.samtalenotat.language.DanishNumbers;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A day somebody had in mind that the conversation then put elsewhere: "Vi havde tænkt mandag den
 * ellevte maj." - "Det er lidt tidligt for mig." - "Så siger vi mandag den attende maj." The first
 * day was never agreed, and a note that states it ("... fra mandag den 11. maj") states what was
 * given up; the day said in its place is what the note keeps. The sentence naming the day had in
 * mind (a plan in the pluperfect: "havde tænkt", "havde skrevet", "havde planlagt") is left out
 * when, within a few turns, a sentence of a new plan ("så siger vi", "så flytter vi den", "hvad
 * med", "i stedet") names another day and nobody names the first again.
 */
final class SupersededPlans {

  private static final Pattern HAD_IN_MIND =
      Pattern.compile(
          "(?iu)\\b(?:vi|jeg|de|han|hun|man|arbejdsgiver\\p{L}*|sagsbehandler\\p{L}*)\\s+havde"
              + "\\s+(?:tænkt|skrevet|planlagt|regnet\\s+med|sat|foreslået|booket|lagt)\\b");

  private static final Pattern NEW_PLAN =
      Pattern.compile(
          "(?iu)\\b(?:så\\s+(?:siger|flytter|tager|rykker|sætter|lægger|sige)\\s+vi"
              + "|hvad\\s+med|i\\s+stedet|flytter\\s+vi|rykker\\s+vi)\\b");

  /** A weekly number of hours put forward: "det bliver femten timer om ugen", "de foreslår ti". */
  private static final Pattern HOURS_PUT_FORWARD =
      Pattern.compile(
          "(?iu)\\b(?:bliver|foreslår|foreslog|foreslået|tænkt|skal\\s+være)\\b.*\\btimer\\s+om\\s+ugen\\b");

  /** A sentence settling on other hours: "så bliver det otte timer", "Så ni timer, tre dage". */
  private static final Pattern HOURS_SETTLED =
      Pattern.compile("(?iu)^\\s*så\\b|\\bså\\s+bliver\\s+det\\b");

  /** How many turns after the hours put forward the new ones may come. */
  private static final int HOURS_WITHIN = 8;

  /** How many turns after the day had in mind the new one may come. */
  private static final int WITHIN = 4;

  private SupersededPlans() {}

  static void apply(List<Talk.Turn> turns, LocalDate date) {
    for (int i = 0; i < turns.size(); i++) {
      Talk.Turn t = turns.get(i);
      List<String> kept = new ArrayList<>();
      boolean changed = false;
      for (int k = 0; k < t.sentences().size(); k++) {
        String sentence = t.sentences().get(k);
        if (HAD_IN_MIND.matcher(sentence).find() && putElsewhere(turns, i, k, sentence, date)
            || HOURS_PUT_FORWARD.matcher(sentence).find() && hoursChanged(turns, i, k, sentence)) {
          changed = true;
          continue;
        }
        kept.add(sentence);
      }
      if (changed) {
        turns.set(
            i,
            new Talk.Turn(
                t.segment(), t.party(), t.label(), List.copyOf(kept), t.foreign(), t.language()));
      }
    }
  }

  private static boolean putElsewhere(
      List<Talk.Turn> turns, int turn, int index, String sentence, LocalDate date) {
    Set<LocalDate> first = days(sentence, date);
    if (first.isEmpty()) {
      return false;
    }
    boolean moved = false;
    for (int i = turn; i < turns.size() && i <= turn + WITHIN; i++) {
      List<String> sentences = turns.get(i).sentences();
      for (int k = i == turn ? index + 1 : 0; k < sentences.size(); k++) {
        Set<LocalDate> days = days(sentences.get(k), date);
        if (days.stream().anyMatch(first::contains)) {
          return false; // the day had in mind is named again: it may be what was agreed
        }
        moved |= !days.isEmpty() && NEW_PLAN.matcher(sentences.get(k)).find();
      }
    }
    return moved;
  }

  private static boolean hoursChanged(List<Talk.Turn> turns, int turn, int index, String sentence) {
    Set<BigDecimal> first = hours(sentence);
    if (first.size() != 1) {
      return false;
    }
    boolean changed = false;
    for (int i = turn; i < turns.size(); i++) {
      List<String> sentences = turns.get(i).sentences();
      for (int k = i == turn ? index + 1 : 0; k < sentences.size(); k++) {
        String later = sentences.get(k);
        Set<BigDecimal> said = hours(later);
        if (changed && said.stream().anyMatch(first::contains)) {
          return false; // the hours put forward are named again: they may be what was agreed
        }
        changed |=
            i <= turn + HOURS_WITHIN
                && !said.isEmpty()
                && !said.containsAll(first)
                && (HOURS_SETTLED.matcher(later).find() || NEW_PLAN.matcher(later).find());
      }
    }
    return changed;
  }

  /**
   * The numbers said as hours ("femten timer", "13 timer"), not as hours a day ("á fire timer").
   */
  private static Set<BigDecimal> hours(String sentence) {
    Set<BigDecimal> found = new HashSet<>();
    for (DanishNumbers.SpokenNumber n : DanishNumbers.find(sentence)) {
      String before = sentence.substring(0, n.start());
      String after = sentence.substring(n.end());
      if (n.stated()
          && after.matches("(?iu)\\s+timer\\b.*")
          && !after.matches(
              "(?iu)\\s+timer\\s+(?:om\\s+dagen|ad\\s+gangen|hver\\s+dag|dagligt)\\b.*")
          && !before.matches("(?iu).*\\bá\\s*$")) {
        found.add(n.value());
      }
    }
    return found;
  }

  private static Set<LocalDate> days(String sentence, LocalDate date) {
    return DanishDates.findDates(sentence, date).stream()
        .map(DanishDates.DateMention::day)
        .flatMap(java.util.Optional::stream)
        .collect(Collectors.toSet());
  }
}
