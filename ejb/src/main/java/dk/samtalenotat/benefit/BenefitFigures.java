package dk.samtalenotat.benefit;

import java.time.Duration;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Adds conversations up into figures per team and month. A conversation counts in the month it took
 * place, so each row is the cohort of that month's conversations, and a note journalised in the
 * next month still counts for the month of its conversation.
 */
public final class BenefitFigures {

  private final YearMonth from;
  private final YearMonth to;
  private final Map<Key, Tally> tallies = new HashMap<>();
  private final Set<String> teams = new LinkedHashSet<>();
  private Map<String, Integer> baselines = Map.of();

  /**
   * @param from first month, inclusive
   * @param to last month, inclusive
   * @param alwaysShown teams that get a row for every month even without conversations
   */
  public BenefitFigures(YearMonth from, YearMonth to, Collection<String> alwaysShown) {
    if (to.isBefore(from)) {
      throw new IllegalArgumentException("period ends before it starts");
    }
    this.from = from;
    this.to = to;
    teams.addAll(alwaysShown);
  }

  /** The teams' baseline minutes per note, by team name. */
  public BenefitFigures baselines(Map<String, Integer> minutesByTeam) {
    this.baselines = Map.copyOf(minutesByTeam);
    return this;
  }

  /** Counts one conversation; one outside the period is ignored. */
  public void add(ConversationFacts c) {
    YearMonth month = YearMonth.from(c.conversationTime());
    if (month.isBefore(from) || month.isAfter(to)) {
      return;
    }
    teams.add(c.team());
    tallies.computeIfAbsent(new Key(c.team(), month), k -> new Tally()).add(c);
  }

  /** One row per team and month of the period, months in order, teams by name (none last). */
  public List<TeamMonth> rows() {
    List<String> ordered = new ArrayList<>(teams);
    ordered.sort(Comparator.nullsLast(Comparator.naturalOrder()));
    List<TeamMonth> rows = new ArrayList<>();
    for (YearMonth m = from; !m.isAfter(to); m = m.plusMonths(1)) {
      for (String team : ordered) {
        rows.add(
            tallies
                .getOrDefault(new Key(team, m), new Tally())
                .row(team, m, team == null ? null : baselines.get(team)));
      }
    }
    return rows;
  }

  /**
   * The p-quantile (0..1) of sorted values, interpolating linearly between the two nearest ranks
   * (as spreadsheets' PERCENTILE.INC does); NaN for no values.
   */
  public static double percentile(double[] sorted, double p) {
    if (sorted.length == 0) {
      return Double.NaN;
    }
    double rank = p * (sorted.length - 1);
    int below = (int) Math.floor(rank);
    int above = Math.min(below + 1, sorted.length - 1);
    return sorted[below] + (rank - below) * (sorted[above] - sorted[below]);
  }

  private record Key(String team, YearMonth month) {
    Key {
      Objects.requireNonNull(month);
    }
  }

  private static final class Tally {
    int registered;
    int declined;
    int documented;
    int journalised;
    int regenerations;
    int transcriptionFailures;
    int draftFailures;
    int journalFailures;
    final List<Double> secondsToJournal = new ArrayList<>();
    final List<Double> changed = new ArrayList<>();
    final List<Double> documentationMinutes = new ArrayList<>();
    final List<Double> ratings = new ArrayList<>();

    void add(ConversationFacts c) {
      registered++;
      if (c.declined()) {
        declined++;
      }
      if (c.approvedAt() != null) {
        documented++;
      }
      if (c.journalisedAt() != null) {
        journalised++;
        if (c.endedAt() != null) {
          long millis = Duration.between(c.endedAt(), c.journalisedAt()).toMillis();
          secondsToJournal.add(Math.max(0, millis) / 1000.0);
        }
      }
      if (c.draftChangedShare() != null) {
        changed.add(c.draftChangedShare());
      }
      if (c.approvedAt() != null && c.documentationSeconds() != null) {
        documentationMinutes.add(c.documentationSeconds() / 60.0);
      }
      if (c.approvedAt() != null && c.draftRating() != null) {
        ratings.add(c.draftRating().doubleValue());
      }
      regenerations += c.regenerations();
      transcriptionFailures += c.transcriptionFailures();
      draftFailures += c.draftFailures();
      journalFailures += c.journalFailures();
    }

    TeamMonth row(String team, YearMonth month, Integer baseline) {
      double[] times = sorted(secondsToJournal);
      double[] shares = sorted(changed);
      double[] minutes = sorted(documentationMinutes);
      // Figures of a caseworker's own work only over enough conversations (TeamMonth.MIN_SHOWN):
      // withheld here, so no screen or export can show them by mistake.
      boolean timeShown = minutes.length >= TeamMonth.MIN_SHOWN;
      boolean ratingShown = ratings.size() >= TeamMonth.MIN_SHOWN;
      Double saved =
          timeShown && baseline != null
              ? minutes.length * (double) baseline - Arrays.stream(minutes).sum()
              : null;
      return new TeamMonth(
          team,
          month,
          registered,
          declined,
          registered == 0 ? null : (double) declined / registered,
          documented,
          journalised,
          duration(percentile(times, 0.5)),
          duration(percentile(times, 0.9)),
          shares.length == 0 ? null : Arrays.stream(shares).average().orElseThrow(),
          shares.length == 0 ? null : percentile(shares, 0.5),
          regenerations,
          transcriptionFailures,
          draftFailures,
          journalFailures,
          minutes.length,
          timeShown ? percentile(minutes, 0.5) : null,
          baseline,
          saved,
          ratings.size(),
          ratingShown
              ? ratings.stream().mapToDouble(Double::doubleValue).average().orElseThrow()
              : null);
    }

    private static double[] sorted(List<Double> values) {
      double[] a = values.stream().mapToDouble(Double::doubleValue).toArray();
      Arrays.sort(a);
      return a;
    }

    private static Duration duration(double seconds) {
      return Double.isNaN(seconds) ? null : Duration.ofMillis(Math.round(seconds * 1000));
    }
  }
}
