package dk.samtalenotat.benefit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.samtalenotat.conversation.ConversationState;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The documentation time (active time on the review screen from the page's activity beats), the
 * rule that withholds figures over fewer than five conversations, and the validation of the
 * baseline and the rating.
 */
class DocumentationTimeTest {

  private static final Instant OPEN = Instant.parse("2026-03-10T09:00:00Z");
  private static final String OWNER = "mette";

  private static Instant at(int seconds) {
    return OPEN.plusSeconds(seconds);
  }

  @Test
  void beatsCloseTogetherCountInFull() {
    ReviewActivity a = new ReviewActivity(1L, OWNER, OPEN);
    for (int s = 20; s <= 300; s += 20) {
      a.beat(at(s));
    }
    assertEquals(300_000, a.getActiveMs());
  }

  @Test
  void anIdleGapCountsOneMinuteAtMost() {
    ReviewActivity a = new ReviewActivity(1L, OWNER, OPEN);
    a.beat(at(20));
    a.beat(at(20 + 3600)); // an hour at lunch with the page open
    a.beat(at(20 + 3600 + 20));
    assertEquals((20 + 60 + 20) * 1000L, a.getActiveMs());
    assertEquals(60_000, DocumentationClock.creditMillis(OPEN, at(61)));
    assertEquals(60_000, DocumentationClock.creditMillis(OPEN, at(60)));
    assertEquals(59_000, DocumentationClock.creditMillis(OPEN, at(59)));
  }

  @Test
  void twoTabsOnTheSameConversationShareOneTimeline() {
    ReviewActivity a = new ReviewActivity(1L, OWNER, OPEN);
    // Tab one beats at 0, 20, 40, 60; tab two, opened at 10, at 10, 30, 50, 70.
    for (int s : new int[] {10, 20, 30, 40, 50, 60, 70}) {
      a.beat(at(s));
    }
    assertEquals(70_000, a.getActiveMs(), "seventy seconds of work, not twice that");
  }

  @Test
  void aBeatArrivingLateOrTwiceAddsNothing() {
    ReviewActivity a = new ReviewActivity(1L, OWNER, OPEN);
    a.beat(at(40));
    a.beat(at(30)); // sent before the other, arrived after
    a.beat(at(40));
    assertEquals(40_000, a.getActiveMs());
    assertEquals(at(40), a.getLastBeatAt());
    assertEquals(0, DocumentationClock.creditMillis(null, at(5)));
  }

  @Test
  void onlyTheOwnersBeatsWhileTheDraftIsUnderReviewCount() {
    assertTrue(DocumentationClock.counts(ConversationState.DRAFT_READY, OWNER, OWNER));
    assertFalse(
        DocumentationClock.counts(ConversationState.DRAFT_READY, OWNER, "jonas"),
        "another user's beat");
    assertFalse(DocumentationClock.counts(ConversationState.APPROVED, OWNER, OWNER), "after");
    assertFalse(DocumentationClock.counts(ConversationState.JOURNALISED, OWNER, OWNER));
    assertFalse(DocumentationClock.counts(ConversationState.DRAFTING, OWNER, OWNER), "before");
    assertFalse(DocumentationClock.counts(ConversationState.DRAFT_READY, null, OWNER));
  }

  private static ConversationFacts approved(String team, Integer seconds, Integer rating) {
    Instant end = Instant.parse("2026-03-10T10:00:00Z");
    return new ConversationFacts(
        team,
        LocalDateTime.of(2026, 3, 10, 10, 0),
        ConversationState.APPROVED,
        end,
        end.plusSeconds(600),
        null,
        0,
        0,
        0,
        0,
        null,
        seconds,
        rating);
  }

  private static TeamMonth march(List<ConversationFacts> facts, Map<String, Integer> baselines) {
    YearMonth m = YearMonth.of(2026, 3);
    BenefitFigures f = new BenefitFigures(m, m, List.of()).baselines(baselines);
    facts.forEach(f::add);
    return f.rows().get(0);
  }

  @Test
  void fourMeasuredConversationsShowNoTimeAndNoSaving() {
    TeamMonth row =
        march(
            List.of(
                approved("Team Job", 600, 4),
                approved("Team Job", 660, 4),
                approved("Team Job", 720, 5),
                approved("Team Job", 780, 3)),
            Map.of("Team Job", 25));
    assertEquals(4, row.measured());
    assertTrue(row.timeSuppressed());
    assertNull(row.medianDocumentationMinutes());
    assertNull(row.savedMinutes());
    assertEquals(25, row.baselineMinutes());
    assertTrue(row.ratingSuppressed());
    assertNull(row.ratingMean());
  }

  @Test
  void fiveMeasuredConversationsShowMedianAndSavedMinutes() {
    TeamMonth row =
        march(
            List.of(
                approved("Team Job", 600, 4),
                approved("Team Job", 660, null),
                approved("Team Job", 720, 5),
                approved("Team Job", 780, 3),
                approved("Team Job", 840, 2),
                approved("Team Job", null, 4)),
            Map.of("Team Job", 25));
    assertEquals(5, row.measured());
    assertFalse(row.timeSuppressed());
    assertEquals(12.0, row.medianDocumentationMinutes(), 1e-9);
    // 5 × 25 minutes before, 10 + 11 + 12 + 13 + 14 = 60 now.
    assertEquals(65.0, row.savedMinutes(), 1e-9);
    assertEquals(5, row.rated());
    assertEquals(3.6, row.ratingMean(), 1e-9);
  }

  @Test
  void withoutABaselineNothingIsSaved() {
    TeamMonth row =
        march(
            List.of(
                approved("Team Job", 600, null),
                approved("Team Job", 600, null),
                approved("Team Job", 600, null),
                approved("Team Job", 600, null),
                approved("Team Job", 600, null)),
            Map.of("Team Sygedagpenge", 30));
    assertEquals(10.0, row.medianDocumentationMinutes(), 1e-9);
    assertNull(row.baselineMinutes());
    assertNull(row.savedMinutes());
    assertEquals(0, row.rated());
    assertFalse(row.ratingSuppressed(), "none rated is no figure to withhold");
  }

  @Test
  void theSuppressionRuleWithholdsOneToFour() {
    assertFalse(TeamMonth.suppressed(0));
    for (int n = 1; n < TeamMonth.MIN_SHOWN; n++) {
      assertTrue(TeamMonth.suppressed(n), n + " conversations");
    }
    assertFalse(TeamMonth.suppressed(5));
    assertFalse(TeamMonth.suppressed(50));
  }

  @Test
  void theBaselineIsOneToSixHundredMinutes() {
    BenefitBaseline.check(1);
    BenefitBaseline.check(600);
    assertThrows(BaselineOutOfRangeException.class, () -> BenefitBaseline.check(0));
    assertThrows(BaselineOutOfRangeException.class, () -> BenefitBaseline.check(601));
    assertThrows(BaselineOutOfRangeException.class, () -> BenefitBaseline.check(-25));
  }

  @Test
  void aRatingIsOneToFiveWithAShortReason() {
    assertEquals(3, new DraftRating(3, "  Godt  ").stars());
    assertEquals("Godt", new DraftRating(3, "  Godt  ").reason());
    assertNull(new DraftRating(null, "   ").reason());
    assertNull(DraftRating.NONE.stars());
    assertThrows(IllegalArgumentException.class, () -> new DraftRating(0, null));
    assertThrows(IllegalArgumentException.class, () -> new DraftRating(6, null));
    new DraftRating(5, "x".repeat(500));
    assertThrows(IllegalArgumentException.class, () -> new DraftRating(5, "x".repeat(501)));
  }
}
