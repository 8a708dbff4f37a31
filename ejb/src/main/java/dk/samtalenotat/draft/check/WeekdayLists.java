package dk.samtalenotat.draft.check;

import dk.samtalenotat.language.DanishDates;
import dk.samtalenotat.language.DanishWords;
import dk.samtalenotat.language.SelfCorrections;
import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Lists of weekdays ("mandag, onsdag og fredag") and a speaker's correction of one ("Mandag, onsdag
 * og torsdag – nej, fredag", "Mandag, tirsdag – undskyld, mandag, onsdag og fredag"). A weekday
 * taken back may be said again elsewhere of something else ("tirsdag og torsdag har jeg træning"),
 * so the single days prove nothing: the list as a whole does. A note's list that is the list before
 * the correction, and no list said otherwise, keeps the value the speaker corrected.
 */
final class WeekdayLists {

  /** A run of weekdays and where it stands. */
  record Run(int start, int end, List<DayOfWeek> days) {}

  /**
   * A corrected list: the days before the correction, with the correction's days filling in what it
   * did not say again, and the days meant.
   */
  record Correction(
      int pos, int takenBackStart, Set<DayOfWeek> uncorrected, List<DayOfWeek> corrected) {}

  /** What may stand between two weekdays of one list. */
  private static final Pattern LIST_GAP =
      Pattern.compile("(?iu)^\\s*(?:,|og|eller|samt)?\\s*(?:og\\s+)?$");

  /** What may stand between the list taken back and the marker of the correction. */
  private static final Pattern BEFORE_MARKER = Pattern.compile("^[\\s,–—-]*$");

  private WeekdayLists() {}

  /** The runs of one or more weekdays of a text, in order. */
  static List<Run> runs(String text) {
    List<Run> runs = new ArrayList<>();
    List<DayOfWeek> days = new ArrayList<>();
    int start = -1;
    int end = -1;
    for (DanishWords.Word w : DanishWords.words(text)) {
      Optional<DayOfWeek> day = DanishDates.weekday(w.lower());
      if (day.isEmpty()) {
        continue;
      }
      if (start >= 0 && LIST_GAP.matcher(text.substring(end, w.start())).matches()) {
        days.add(day.get());
        end = w.end();
        continue;
      }
      if (start >= 0) {
        runs.add(new Run(start, end, List.copyOf(days)));
      }
      days.clear();
      days.add(day.get());
      start = w.start();
      end = w.end();
    }
    if (start >= 0) {
      runs.add(new Run(start, end, List.copyOf(days)));
    }
    return runs;
  }

  /**
   * The corrected weekday lists of one speaker's turn, from the turn's self-corrections ({@link
   * SelfCorrections#find}). The days said instead replace the last days of a longer list ("mandag,
   * onsdag og torsdag – nej, fredag") or restart it ("mandag, tirsdag – undskyld, mandag, onsdag og
   * fredag").
   */
  static List<Correction> corrections(
      String turn, List<SelfCorrections.Correction> found, int pos) {
    List<Run> runs = runs(turn);
    List<Correction> out = new ArrayList<>();
    for (SelfCorrections.Correction c : found) {
      Run before = null;
      Run after = null;
      for (Run r : runs) {
        if (r.end() <= c.markerStart()
            && BEFORE_MARKER.matcher(turn.substring(r.end(), c.markerStart())).matches()) {
          before = r;
        }
        if (after == null && r.start() >= c.markerEnd()) {
          after = r;
        }
      }
      if (before == null
          || after == null
          || !turn.substring(c.markerEnd(), after.start()).replaceAll("[\\s,.:;]", "").isEmpty()) {
        continue;
      }
      List<DayOfWeek> b = before.days();
      List<DayOfWeek> a = after.days();
      List<DayOfWeek> corrected = new ArrayList<>();
      List<DayOfWeek> uncorrected = new ArrayList<>(b);
      if (a.size() < b.size()) {
        corrected.addAll(b.subList(0, b.size() - a.size()));
        corrected.addAll(a);
      } else {
        corrected.addAll(a);
        uncorrected.addAll(a.subList(b.size(), a.size()));
      }
      Set<DayOfWeek> u = set(uncorrected);
      if (!u.equals(set(corrected))) {
        out.add(new Correction(pos, before.start(), u, List.copyOf(corrected)));
      }
    }
    return out;
  }

  /** The lists of two or more weekdays a turn says, without those a correction took back. */
  static List<Set<DayOfWeek>> said(String turn, List<Correction> corrections) {
    List<Set<DayOfWeek>> out = new ArrayList<>();
    for (Run r : runs(turn)) {
      if (r.days().size() >= 2
          && corrections.stream().noneMatch(c -> c.takenBackStart() == r.start())) {
        out.add(set(r.days()));
      }
    }
    return out;
  }

  static Set<DayOfWeek> set(List<DayOfWeek> days) {
    return days.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(days));
  }
}
