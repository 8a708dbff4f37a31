package dk.samtalenotat.demo;

import dk.samtalenotat.conversation.ConversationState;
import dk.samtalenotat.conversation.ConversationType;
import dk.samtalenotat.conversation.PurgedConversation;
import dk.samtalenotat.tenant.Tenant;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A year of made-up history for the demo municipality's benefit figures: records of conversations
 * that never held personal data (no citizen, no caseworker, no content), as the purge leaves them,
 * for this month and the eleven before it. Team Job uses Samtalenotat all year and gets faster at
 * it; Team Sygedagpenge starts with a handful in the first month (a cell shown as "< 5") and grows.
 * The same every time (a fixed seed), so a newcomer and a test see the same shapes.
 */
public final class DemoHistory {

  /** The months shown by default on the benefit page. */
  public static final int MONTHS = 12;

  public static final String TEAM_JOB = "Team Job";
  public static final String TEAM_SICKNESS = "Team Sygedagpenge";

  /** The baselines the demo starts with (minutes per note before Samtalenotat). */
  public static final int BASELINE_JOB = 25;

  public static final int BASELINE_SICKNESS = 30;

  /** Team Sygedagpenge's first month: fewer than five, so its figures are withheld. */
  static final int FIRST_MONTH_SICKNESS = 3;

  private static final ZoneId DENMARK = ZoneId.of("Europe/Copenhagen");
  private static final List<ConversationType> TYPES =
      List.of(
          ConversationType.JOBSAMTALE,
          ConversationType.JOBSAMTALE_A_KASSE,
          ConversationType.JOBSAMTALE);

  private DemoHistory() {}

  /**
   * The records, each earlier than {@code now}. Ids are negative, so they never meet a real
   * conversation's (identity columns count up from 1).
   */
  public static List<PurgedConversation> of(Tenant tenant, Instant now) {
    Random random = new Random(15);
    LocalDateTime today = LocalDateTime.ofInstant(now, DENMARK);
    YearMonth current = YearMonth.from(today);
    List<PurgedConversation> out = new ArrayList<>();
    long[] nextId = {-1};
    for (int k = 0; k < MONTHS; k++) {
      YearMonth month = current.minusMonths(MONTHS - 1L - k);
      int job = 14 + k + random.nextInt(6);
      int sickness = k == 0 ? FIRST_MONTH_SICKNESS : 5 + k + random.nextInt(4);
      for (String team : List.of(TEAM_JOB, TEAM_SICKNESS)) {
        int count = team.equals(TEAM_JOB) ? job : sickness;
        if (month.equals(current)) {
          // This month so far: a few, each before today.
          count =
              Math.max(5, count * Math.max(1, today.getDayOfMonth() - 1) / month.lengthOfMonth());
        }
        for (int i = 0; i < count; i++) {
          LocalDateTime at = timeIn(month, today, random);
          // This month's few are all documented, so the demo's current month shows its figures.
          out.add(record(nextId[0]--, tenant, team, at, k, now, !month.equals(current), random));
        }
      }
    }
    return out;
  }

  /** A weekday morning of the month, or for this month a time before now. */
  private static LocalDateTime timeIn(YearMonth month, LocalDateTime today, Random random) {
    LocalDateTime at =
        month
            .atDay(1 + random.nextInt(month.lengthOfMonth()))
            .atTime(LocalTime.of(8 + random.nextInt(7), 15 * random.nextInt(4)));
    if (!at.isBefore(today.minusHours(6))) {
      // Still ahead in this month: moved back, but never out of it.
      LocalDateTime earlier = today.minusHours(6 + random.nextInt(48));
      at = YearMonth.from(earlier).equals(month) ? earlier : month.atDay(1).atTime(0, 5);
    }
    return at;
  }

  private static PurgedConversation record(
      long id,
      Tenant tenant,
      String team,
      LocalDateTime at,
      int k,
      Instant now,
      boolean mayDecline,
      Random random) {
    Instant start = at.atZone(DENMARK).toInstant();
    Instant registered = start.minus(Duration.ofHours(1 + random.nextInt(48)));
    ConversationType type = TYPES.get(random.nextInt(TYPES.size()));
    if (random.nextInt(100) < 6 && mayDecline) {
      return PurgedConversation.demoHistory(
          id,
          tenant,
          team,
          type,
          at,
          registered,
          ConversationState.DECLINED,
          null,
          null,
          null,
          0,
          null,
          null,
          null);
    }
    Instant ended = start.plus(Duration.ofMinutes(25 + random.nextInt(40)));
    Instant approved = min(ended.plus(Duration.ofMinutes(20 + random.nextInt(600))), now);
    boolean journalised = random.nextInt(100) < 96;
    Instant receipt =
        journalised ? min(approved.plus(Duration.ofSeconds(20 + random.nextInt(900))), now) : null;
    // Faster over the year as the caseworkers learn the review screen; a spread within a month.
    double base = team.equals(TEAM_JOB) ? 21 - 0.9 * k : 24 - 1.0 * k;
    double minutes = Math.max(3.5, base + random.nextGaussian() * 3.0);
    Integer rating = random.nextInt(100) < 80 ? rating(k, random) : null;
    double changed = Math.max(0.01, Math.min(0.9, 0.35 - 0.02 * k + random.nextGaussian() * 0.08));
    return PurgedConversation.demoHistory(
        id,
        tenant,
        team,
        type,
        at,
        registered,
        journalised ? ConversationState.JOURNALISED : ConversationState.APPROVED,
        ended,
        approved,
        receipt,
        random.nextInt(100) < 15 ? 1 + random.nextInt(2) : 0,
        Math.round(changed * 1000) / 1000.0,
        (int) Math.round(minutes * 60),
        rating);
  }

  /** Mostly 3-5, better later in the year. */
  private static int rating(int k, Random random) {
    int r =
        3 + random.nextInt(3) + (random.nextInt(12) < k ? 1 : 0) - (random.nextInt(6) == 0 ? 1 : 0);
    return Math.max(1, Math.min(5, r));
  }

  private static Instant min(Instant a, Instant b) {
    return a.isBefore(b) ? a : b;
  }
}
