package dk.samtalenotat.benefit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.samtalenotat.conversation.ConversationState;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

class BenefitFiguresTest {

  private static final YearMonth MARCH = YearMonth.of(2026, 3);
  private static final YearMonth APRIL = YearMonth.of(2026, 4);
  private static final YearMonth MAY = YearMonth.of(2026, 5);
  private static final Instant END = Instant.parse("2026-03-10T10:00:00Z");

  /** A journalised conversation in March whose note reached the case system hours after. */
  private static ConversationFacts journalised(String team, double hours, double changed) {
    return new ConversationFacts(
        team,
        LocalDateTime.of(2026, 3, 10, 10, 0),
        ConversationState.JOURNALISED,
        END,
        END.plusSeconds(600),
        END.plus(Duration.ofMinutes(Math.round(hours * 60))),
        0,
        0,
        0,
        0,
        changed,
        null,
        null);
  }

  private static ConversationFacts declined(String team, LocalDateTime at) {
    return new ConversationFacts(
        team, at, ConversationState.DECLINED, null, null, null, 0, 0, 0, 0, null, null, null);
  }

  @Test
  void percentilesInterpolateBetweenRanks() {
    double[] v = {1, 2, 3, 4};
    assertEquals(2.5, BenefitFigures.percentile(v, 0.5), 1e-9);
    assertEquals(3.7, BenefitFigures.percentile(v, 0.9), 1e-9);
    assertEquals(1, BenefitFigures.percentile(v, 0), 1e-9);
    assertEquals(4, BenefitFigures.percentile(v, 1), 1e-9);
    assertEquals(7, BenefitFigures.percentile(new double[] {7}, 0.9), 1e-9);
    assertTrue(Double.isNaN(BenefitFigures.percentile(new double[0], 0.5)));
  }

  @Test
  void medianAndNinetiethPercentileOfTimeToJournal() {
    BenefitFigures f = new BenefitFigures(MARCH, MARCH, List.of());
    for (int hours = 1; hours <= 10; hours++) {
      f.add(journalised("Team Job", hours, 0.1 * hours));
    }
    TeamMonth row = f.rows().get(0);
    assertEquals(10, row.registered());
    assertEquals(10, row.documented());
    assertEquals(10, row.journalised());
    assertEquals(Duration.ofMinutes(330), row.medianToJournal()); // 5.5 h
    assertEquals(Duration.ofMinutes(546), row.p90ToJournal()); // 9.1 h
    assertEquals(0.55, row.changedShareMean(), 1e-9);
    assertEquals(0.55, row.changedShareMedian(), 1e-9);
    assertEquals(0.0, row.optOutRate());
  }

  @Test
  void optOutRateIsDeclinedOverRegistered() {
    BenefitFigures f = new BenefitFigures(MARCH, MARCH, List.of());
    for (int i = 0; i < 6; i++) {
      f.add(journalised("Team Job", 2, 0));
    }
    f.add(declined("Team Job", LocalDateTime.of(2026, 3, 1, 0, 0)));
    f.add(declined("Team Job", LocalDateTime.of(2026, 3, 2, 0, 0)));
    TeamMonth row = f.rows().get(0);
    assertEquals(8, row.registered());
    assertEquals(2, row.declined());
    assertEquals(0.25, row.optOutRate());
    assertFalse(row.optOutSuppressed());
  }

  /**
   * Over 1 to 4 conversations the opt-out, the times to journal and the changed shares are withheld
   * (null, "< 5" on the page and in the CSV): they would show one caseworker's work or point at one
   * citizen's refusal. The counts stay.
   */
  @Test
  void figuresOverFewerThanFiveConversationsAreWithheldButCountsStay() {
    BenefitFigures f = new BenefitFigures(MARCH, APRIL, List.of());
    for (int i = 0; i < 3; i++) {
      f.add(journalised("Team Job", 2, 0.4));
    }
    f.add(declined("Team Job", LocalDateTime.of(2026, 3, 1, 0, 0)));
    for (int i = 0; i < 5; i++) {
      f.add(declined("Team Job", LocalDateTime.of(2026, 4, 1, 0, 0)));
    }
    TeamMonth march = f.rows().get(0);
    assertEquals(4, march.registered());
    assertEquals(1, march.declined());
    assertEquals(3, march.documented());
    assertEquals(3, march.journalised());
    assertTrue(march.optOutSuppressed() && march.journalTimeSuppressed());
    assertTrue(march.changeSuppressed());
    assertNull(march.optOutRate());
    assertNull(march.medianToJournal());
    assertNull(march.p90ToJournal());
    assertNull(march.changedShareMean());
    assertNull(march.changedShareMedian());
    TeamMonth april = f.rows().get(1);
    assertEquals(1.0, april.optOutRate(), "five registered: shown");
    assertFalse(april.journalTimeSuppressed(), "none journalised: nothing to withhold");
    assertNull(april.medianToJournal());
  }

  @Test
  void emptyMonthsOfAShownTeamHaveZerosAndNoRates() {
    BenefitFigures f = new BenefitFigures(MARCH, MAY, List.of("Team Job"));
    f.add(journalised("Team Job", 3, 0.2));
    List<TeamMonth> rows = f.rows();
    assertEquals(3, rows.size());
    assertEquals(List.of(MARCH, APRIL, MAY), rows.stream().map(TeamMonth::month).toList());
    TeamMonth april = rows.get(1);
    assertEquals("Team Job", april.team());
    assertEquals(0, april.registered());
    assertNull(april.optOutRate());
    assertNull(april.medianToJournal());
    assertNull(april.p90ToJournal());
    assertNull(april.changedShareMean());
    assertNull(april.changedShareMedian());
  }

  @Test
  void conversationsCountInTheMonthTheyTookPlaceAndTeamsApart() {
    BenefitFigures f = new BenefitFigures(MARCH, APRIL, List.of());
    f.add(journalised("Team Job", 1, 0));
    f.add(journalised("Team Sygedagpenge", 1, 0));
    f.add(declined(null, LocalDateTime.of(2026, 4, 30, 23, 59)));
    f.add(declined("Team Job", LocalDateTime.of(2026, 2, 28, 23, 59))); // before the period
    f.add(declined("Team Job", LocalDateTime.of(2026, 5, 1, 0, 0))); // after it
    List<TeamMonth> rows = f.rows();
    assertEquals(6, rows.size(), "two months of three teams (one without a name)");
    assertEquals("Team Job", rows.get(0).team());
    assertEquals("Team Sygedagpenge", rows.get(1).team());
    assertNull(rows.get(2).team(), "no team sorts last");
    assertEquals(1, rows.get(0).registered());
    assertEquals(0, rows.get(3).registered(), "Team Job in April");
    assertEquals(1, rows.get(5).declined(), "no team in April");
  }

  @Test
  void regenerationsAndFailuresAddUpByStep() {
    BenefitFigures f = new BenefitFigures(MARCH, MARCH, List.of());
    f.add(
        new ConversationFacts(
            "Team Job",
            LocalDateTime.of(2026, 3, 3, 9, 0),
            ConversationState.DRAFT_READY,
            null,
            null,
            null,
            2,
            1,
            0,
            0,
            null,
            null,
            null));
    f.add(
        new ConversationFacts(
            "Team Job",
            LocalDateTime.of(2026, 3, 4, 9, 0),
            ConversationState.JOURNAL_FAILED,
            END,
            END,
            null,
            1,
            0,
            2,
            3,
            0.5,
            null,
            null));
    TeamMonth row = f.rows().get(0);
    assertEquals(3, row.regenerations());
    assertEquals(1, row.transcriptionFailures());
    assertEquals(2, row.draftFailures());
    assertEquals(3, row.journalFailures());
    assertEquals(1, row.documented());
    assertEquals(0, row.journalised());
    assertNull(row.medianToJournal(), "not journalised: no time to measure");
  }

  @Test
  void aReceiptBeforeTheRecordedEndCountsAsNoTime() {
    BenefitFigures f = new BenefitFigures(MARCH, MARCH, List.of());
    for (int i = 0; i < TeamMonth.MIN_SHOWN; i++) {
      f.add(journalised("Team Job", -2, 0));
    }
    assertEquals(Duration.ZERO, f.rows().get(0).medianToJournal());
  }

  @Test
  void aReversedPeriodIsRefused() {
    assertThrows(IllegalArgumentException.class, () -> new BenefitFigures(MAY, MARCH, List.of()));
  }
}
