package dk.samtalenotat.benefit;

import java.time.Duration;
import java.time.YearMonth;

/**
 * The figures of one team in one month, counted over the conversations that took place in that
 * month. Rates, times and shares are null when nothing was there to measure.
 *
 * @param team the team's name, or null for conversations of users without a team
 * @param registered conversations registered (declined ones included)
 * @param declined conversations the citizen declined to have recorded
 * @param optOutRate declined / registered
 * @param documented conversations whose note was approved
 * @param journalised conversations whose note the case system confirmed
 * @param medianToJournal from the end of the conversation to the stored receipt, median
 * @param p90ToJournal the same, 90th percentile
 * @param changedShareMean share of the first generated draft changed before approval, mean
 * @param changedShareMedian the same, median
 * @param regenerations fresh drafts the caseworkers asked for
 * @param transcriptionFailures times a transcription failed for good (until retried)
 * @param draftFailures times a draft failed
 * @param journalFailures times journalising failed
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
    int journalFailures) {}
