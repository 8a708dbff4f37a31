package dk.samtalenotat.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import org.junit.jupiter.api.Test;

class LogRetentionTest {

  @Test
  void sixMonthsCountInCalendarMonthsOfDanishTime() {
    Instant now = Instant.parse("2026-08-31T10:00:00Z");
    // 12:00 on 31 August (CEST) back to 12:00 on 28 February (CET, no 31st): 11:00 UTC.
    assertEquals(Instant.parse("2026-02-28T11:00:00Z"), LogRetention.cutoff(now, "P6M"));
  }

  @Test
  void daysAcrossTheChangeToSummerTimeKeepTheWallClock() {
    Instant now = Instant.parse("2026-04-10T10:00:00Z");
    // 12:00 in Copenhagen on 10 April (CEST) back to 12:00 on 11 March (CET): 11:00 UTC.
    assertEquals(Instant.parse("2026-03-11T11:00:00Z"), LogRetention.cutoff(now, "P30D"));
  }

  @Test
  void aMisspelledPeriodIsAnError() {
    assertThrows(
        DateTimeParseException.class, () -> LogRetention.cutoff(Instant.now(), "6 months"));
  }
}
