package dk.samtalenotat.benefit;

import java.io.Serializable;
import java.time.Duration;
import java.time.YearMonth;

/**
 * The figures of one team in one month, counted over the conversations that took place in that
 * month. Rates, times and shares are null when nothing was there to measure, and also when only 1
 * to 4 conversations were (withheld, {@link #MIN_SHOWN}): the plain counts are always given.
 *
 * @param team the team's name, or null for conversations of users without a team
 * @param registered conversations registered (declined ones included)
 * @param declined conversations the citizen declined to have recorded
 * @param optOutRate declined / registered; null when fewer than {@link #MIN_SHOWN} registered
 * @param documented conversations whose note was approved
 * @param journalised conversations whose note the case system confirmed
 * @param medianToJournal from the end of the conversation to the stored receipt, median; null when
 *     fewer than {@link #MIN_SHOWN} were timed
 * @param p90ToJournal the same, 90th percentile
 * @param changedShareMean share of the first generated draft changed before approval, mean; null
 *     when fewer than {@link #MIN_SHOWN} were measured
 * @param changedShareMedian the same, median
 * @param regenerations fresh drafts the caseworkers asked for
 * @param transcriptionFailures times a transcription failed for good (until retried)
 * @param draftFailures times a draft failed
 * @param journalFailures times journalising failed
 * @param measured approved conversations whose documentation time was measured
 * @param medianDocumentationMinutes their active time on the review screen, median, in minutes;
 *     null when fewer than {@link #MIN_SHOWN} were measured
 * @param baselineMinutes the team's baseline minutes per note, or null when none is entered
 * @param savedMinutes baseline times measured minus the measured minutes, summed; null when
 *     suppressed or without a baseline
 * @param rated approved conversations whose draft the caseworker rated
 * @param ratingMean their mean rating (1-5); null when fewer than {@link #MIN_SHOWN} were rated
 * @param timedToJournal journalised conversations whose time to the receipt was measured
 * @param changeMeasured approved conversations whose changed share was measured
 */
public record TeamMonth(
    String team,
    YearMonth month,
    int registered,
    int declined,
    Double optOutRate,
    int documented,
    int journalised,
    Duration medianToJournal,
    Duration p90ToJournal,
    Double changedShareMean,
    Double changedShareMedian,
    int regenerations,
    int transcriptionFailures,
    int draftFailures,
    int journalFailures,
    int measured,
    Double medianDocumentationMinutes,
    Integer baselineMinutes,
    Double savedMinutes,
    int rated,
    Double ratingMean,
    int timedToJournal,
    int changeMeasured)
    implements Serializable {

  /**
   * The fewest conversations a figure over conversations (documentation time, rating, time to
   * journal, changed share, opt-out) is shown for: below it, a team of one or two would show a
   * person's own work, and a refusal could be traced to the citizen. Plain counts are volumes and
   * always shown (README, "Gevinster").
   */
  public static final int MIN_SHOWN = 5;

  /** Some documentation times were measured, too few to show. */
  public boolean timeSuppressed() {
    return suppressed(measured);
  }

  /** Some drafts were rated, too few to show. */
  public boolean ratingSuppressed() {
    return suppressed(rated);
  }

  /** The opt-out (share and number declined) is over 1 to 4 registered conversations. */
  public boolean optOutSuppressed() {
    return suppressed(registered);
  }

  /** The times to journal are over 1 to 4 journalised conversations. */
  public boolean journalTimeSuppressed() {
    return suppressed(timedToJournal);
  }

  /** The changed shares are over 1 to 4 approved conversations. */
  public boolean changeSuppressed() {
    return suppressed(changeMeasured);
  }

  /** Whether a figure over {@code count} conversations is withheld: 1 to 4 of them. */
  public static boolean suppressed(int count) {
    return count > 0 && count < MIN_SHOWN;
  }
}
