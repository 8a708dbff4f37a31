package dk.samtalenotat.draft.offline;

import dk.samtalenotat.language.DanishDates;
import java.time.LocalDate;
import java.util.ArrayList;
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
        if (HAD_IN_MIND.matcher(sentence).find() && putElsewhere(turns, i, k, sentence, date)) {
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

  private static Set<LocalDate> days(String sentence, LocalDate date) {
    return DanishDates.findDates(sentence, date).stream()
        .map(DanishDates.DateMention::day)
        .flatMap(java.util.Optional::stream)
        .collect(Collectors.toSet());
  }
}
