package dk.samtalenotat.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.samtalenotat.benefit.BenefitFigures;
import dk.samtalenotat.benefit.ConversationFacts;
import dk.samtalenotat.benefit.TeamMonth;
import dk.samtalenotat.conversation.PurgedConversation;
import dk.samtalenotat.tenant.Tenant;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

class DemoHistoryTest {

  private static final ZoneId DENMARK = ZoneId.of("Europe/Copenhagen");
  private final Tenant tenant = new Tenant("11111111", "Demo Kommune");

  private static List<TeamMonth> rows(List<PurgedConversation> history, YearMonth current) {
    BenefitFigures figures =
        new BenefitFigures(current.minusMonths(DemoHistory.MONTHS - 1L), current, List.of());
    history.forEach(r -> figures.add(ConversationFacts.of(r)));
    return figures.rows();
  }

  @Test
  void aYearWithEveryMonthFilledAtAnyTimeOfTheMonth() {
    for (String when :
        List.of("2026-12-03T22:40:00Z", "2026-02-28T23:30:00Z", "2027-01-31T22:10:00Z")) {
      Instant now = Instant.parse(when);
      List<PurgedConversation> history = DemoHistory.of(tenant, now);
      YearMonth current = YearMonth.from(now.atZone(DENMARK));
      List<TeamMonth> rows = rows(history, current);
      assertEquals(2 * DemoHistory.MONTHS, rows.size(), when);
      for (TeamMonth row : rows) {
        assertTrue(row.registered() > 0, row.team() + " " + row.month() + " at " + when);
        if (row.month().equals(current) && row.team().equals(DemoHistory.TEAM_JOB)) {
          assertTrue(row.measured() >= TeamMonth.MIN_SHOWN, "this month is shown: " + row);
        }
      }
      for (PurgedConversation r : history) {
        assertTrue(r.getId() < 0, "never a real conversation's id");
        assertNull(r.getCitizenCprHash(), "nothing personal");
        assertTrue(r.getConversationTime().atZone(DENMARK).toInstant().isBefore(now), when);
        assertTrue(r.getApprovedAt() == null || !r.getApprovedAt().isAfter(now), when);
      }
    }
  }

  @Test
  void teamSygedagpengesFirstMonthIsWithheldAndTheRestShown() {
    Instant now = Instant.parse("2026-12-03T22:40:00Z");
    YearMonth current = YearMonth.of(2026, 12);
    YearMonth first = current.minusMonths(DemoHistory.MONTHS - 1L);
    for (TeamMonth row : rows(DemoHistory.of(tenant, now), current)) {
      if (row.team().equals(DemoHistory.TEAM_SICKNESS) && row.month().equals(first)) {
        assertTrue(row.timeSuppressed(), row.toString());
      } else {
        assertTrue(row.measured() >= TeamMonth.MIN_SHOWN, row.toString());
        assertTrue(row.medianDocumentationMinutes() > 0, row.toString());
        assertTrue(
            row.ratingSuppressed() || row.ratingMean() >= 1 && row.ratingMean() <= 5,
            row.toString());
      }
    }
  }

  @Test
  void theSameHistoryEveryTime() {
    Instant now = Instant.parse("2026-12-03T22:40:00Z");
    assertEquals(
        DemoHistory.of(tenant, now).stream()
            .map(PurgedConversation::getDocumentationSeconds)
            .toList(),
        DemoHistory.of(tenant, now).stream()
            .map(PurgedConversation::getDocumentationSeconds)
            .toList());
  }
}
