package dk.samtalenotat.language;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.samtalenotat.language.DanishDates.DateKind;
import dk.samtalenotat.language.DanishDates.DateMention;
import dk.samtalenotat.language.DanishDates.TimeMention;
import dk.samtalenotat.language.DanishDates.WeekMention;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DanishDatesTest {

  /** A Tuesday in January 2026. */
  private static final LocalDate JANUARY = LocalDate.of(2026, 1, 13);

  private static DateMention only(String text, LocalDate on) {
    List<DateMention> found = DanishDates.findDates(text, on);
    assertEquals(1, found.size(), text + ": " + found);
    return found.get(0);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "tirsdag den tiende marts|2026-03-10",
        "tirsdag den tiende marts 2026|2026-03-10",
        "den 10. marts|2026-03-10",
        "10. marts 2026|2026-03-10",
        "10/3|2026-03-10",
        "d. 10.03.2026|2026-03-10",
        "den 10.3.|2026-03-10",
        "mandag den seksogtyvende januar|2026-01-26",
        "den tredivte marts|2026-03-30",
        "den enogtredivte marts|2026-03-31",
        "fredag den trettiende januar|2026-01-30",
        "den første november|2025-11-01",
        "fredag d. 6/2|2026-02-06"
      })
  void readsDatesSaidAndWritten(String text, String date) {
    DateMention d = only(text, JANUARY);
    assertEquals(DateKind.DATE, d.kind());
    assertEquals(LocalDate.parse(date), d.day().orElseThrow(), text);
    assertEquals(0, d.start());
    assertEquals(text.length(), d.end(), text);
    assertFalse(d.weekdayMismatch(), text);
  }

  @Test
  void aWeekdayThatDoesNotFitItsDateIsAMismatch() {
    DateMention d = only("mandag den 27. januar 2026", JANUARY);
    assertTrue(d.weekdayMismatch());
    assertEquals(DayOfWeek.MONDAY, d.statedWeekday());
  }

  @Test
  void aDateWithoutAYearTakesTheYearItsWeekdayFitsNearTheReference() {
    LocalDate december = LocalDate.of(2026, 12, 3);
    // 17 March is a Tuesday in 2026, a Wednesday in 2027: said in December 2026 it is 2026.
    assertEquals(
        LocalDate.of(2026, 3, 17), only("tirsdag den 17. marts", december).day().orElseThrow());
    assertEquals(
        LocalDate.of(2027, 3, 17), only("onsdag den 17. marts", december).day().orElseThrow());
    // Without a weekday: the nearest occurrence.
    assertEquals(LocalDate.of(2027, 3, 17), only("den 17. marts", december).day().orElseThrow());
    assertEquals(LocalDate.of(2026, 9, 1), only("den 1. september", december).day().orElseThrow());
    assertEquals(
        LocalDate.of(2026, 3, 17),
        DanishDates.resolve(17, 3, DayOfWeek.TUESDAY, LocalDate.of(2027, 1, 20)));
  }

  @Test
  void anImpossibleDateHasNoCandidates() {
    assertTrue(only("den 31. februar", JANUARY).candidates().isEmpty());
  }

  @Test
  void weekdaysAndRelativeDates() {
    assertEquals(LocalDate.of(2026, 1, 15), only("på torsdag", JANUARY).candidates().get(0).from());
    assertEquals(DateKind.WEEKDAY, only("på torsdag", JANUARY).kind());
    assertEquals(LocalDate.of(2026, 1, 9), only("i fredags", JANUARY).day().orElseThrow());
    assertEquals(LocalDate.of(2026, 1, 14), only("i morgen", JANUARY).day().orElseThrow());
    assertEquals(LocalDate.of(2026, 1, 27), only("om to uger", JANUARY).day().orElseThrow());
    assertEquals(LocalDate.of(2026, 1, 20), only("om en uges tid", JANUARY).day().orElseThrow());
    DateMention nextWeek = only("i næste uge", JANUARY);
    assertEquals(DateKind.RELATIVE, nextWeek.kind());
    assertEquals(LocalDate.of(2026, 1, 19), nextWeek.candidates().get(0).from());
    assertEquals(LocalDate.of(2026, 1, 25), nextWeek.candidates().get(0).to());
    assertEquals(DateKind.MONTH, only("i slutningen af februar", JANUARY).kind());
    assertEquals(DateKind.DAY_OF_MONTH, only("fredag den 13.", JANUARY).kind());
    assertEquals(
        LocalDate.of(2026, 2, 13), only("fredag den 13.", JANUARY).candidates().get(0).from());
  }

  @Test
  void næsteAndAWeekdayIsAmbiguousOnlyWhileTheComingOneIsThisWeek() {
    // JANUARY is a Tuesday: the coming Friday is this week, to some the one after.
    assertEquals(
        List.of(LocalDate.of(2026, 1, 16), LocalDate.of(2026, 1, 23)),
        only("næste fredag", JANUARY).candidates().stream().map(c -> c.from()).toList());
    // The coming Tuesday and Monday are next week already: nobody means the week after.
    assertEquals(
        List.of(LocalDate.of(2026, 1, 20)),
        only("næste tirsdag", JANUARY).candidates().stream().map(c -> c.from()).toList());
    assertEquals(
        List.of(LocalDate.of(2026, 1, 19)),
        only("næste mandag", JANUARY).candidates().stream().map(c -> c.from()).toList());
  }

  @Test
  void aWeekNumberIsACalendarWeekUnlessItCountsFromSomething() {
    DateMention week = only("vi ses i uge seks", JANUARY);
    assertEquals(DateKind.WEEK, week.kind());
    assertEquals(LocalDate.of(2026, 2, 2), week.candidates().get(0).from());
    assertEquals(DateKind.WEEK, only("i uge 6", JANUARY).kind());
    assertTrue(DanishDates.findDates("borger er i uge 6 af sygemeldingen", JANUARY).isEmpty());
    assertTrue(DanishDates.findDates("i sygemeldingens uge 8", JANUARY).isEmpty());
    List<WeekMention> weeks =
        DanishDates.findWeeks("uge 6 af sygemeldingen, i sygemeldingens uge 8, i uge 10");
    assertEquals(List.of(false, false, true), weeks.stream().map(WeekMention::calendar).toList());
    assertEquals(List.of(6, 8, 10), weeks.stream().map(WeekMention::week).toList());
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "klokken ti|10:00",
        "kl. 9.30|9:30",
        "9:30|9:30",
        "kl. 10.00|10:00",
        "halv ti|9:30",
        "klokken halv ti|9:30",
        "kvart over otte|8:15",
        "kvart i ni|8:45",
        "ti minutter over ni|9:10",
        "fem minutter i ni|8:55",
        "Bussen kører fem over halv syv|6:35",
        "ti i halv otte|7:20",
        "kl. 14|14:00",
        "klokken seks fyrre|6:40",
        "klokken seks og tyve|6:20",
        "klokken ti femogtredive|10:35"
      })
  void readsClockTimes(String text, String time) {
    List<TimeMention> found = DanishDates.findTimes(text);
    assertEquals(1, found.size(), text + ": " + found);
    LocalTime t = LocalTime.parse(time.length() == 4 ? "0" + time : time);
    assertEquals(t.getHour(), found.get(0).hour(), text);
    assertEquals(t.getMinute(), found.get(0).minute(), text);
    assertEquals(text.length(), found.get(0).end());
  }

  /**
   * The minutes after "klokken" and its hour are the time's, but not a count with its unit nor the
   * end of a span after "mellem"; an hour said bare in the correction of a time just said is a time
   * with its minutes.
   */
  @Test
  void minutesAfterTheHourAndTheHourOfACorrection() {
    List<TimeMention> nine = DanishDates.findTimes("klokken ni og tyve minutter senere");
    assertEquals(List.of(9 * 60), nine.stream().map(TimeMention::clockMinutes).toList());
    // "mellem klokken otte og fjorten" is a span of two hours.
    assertEquals(0, DanishDates.findTimes("mellem klokken otte og fjorten").get(0).minute());
    List<TimeMention> corrected =
        DanishDates.findTimes("Toget kører klokken syv og tyve – nej, syv og halvtreds.");
    assertEquals(
        List.of(7 * 60 + 20, 7 * 60 + 50),
        corrected.stream().map(TimeMention::clockMinutes).toList());
    assertEquals(
        List.of(8 * 60),
        DanishDates.findTimes("Vi starter klokken otte – nej, ti minutter senere.").stream()
            .map(TimeMention::clockMinutes)
            .toList());
  }

  @Test
  void rangesGiveTwoTimesButCountedHoursNone() {
    assertEquals(
        List.of(9, 12),
        DanishDates.findTimes("mandag og fredag fra ni til tolv").stream()
            .map(TimeMention::hour)
            .toList());
    assertEquals(
        List.of(9, 13), DanishDates.findTimes("kl. 9–13").stream().map(TimeMention::hour).toList());
    assertTrue(DanishDates.findTimes("fra tolv til fjorten timer om ugen").isEmpty());
    // A count that changes ("går op fra tolv til seksten") is no span of the clock.
    assertTrue(DanishDates.findTimes("timerne går op fra tolv til seksten i marts").isEmpty());
    assertTrue(DanishDates.findTimes("timetallet sættes ned fra tyve til femten").isEmpty());
    assertTrue(DanishDates.findTimes("hun har søgt ti job").isEmpty());
    assertEquals(2 * 60, DanishDates.findTimes("klokken fjorten").get(0).clockMinutes());
    // "kl. 7 i to uger" is seven o'clock for two weeks, not 13.53.
    List<TimeMention> forTwoWeeks = DanishDates.findTimes("mandag kl. 7 i to uger");
    assertEquals(List.of(7), forTwoWeeks.stream().map(TimeMention::hour).toList());
    assertEquals(0, forTwoWeeks.get(0).minute());
    assertEquals(8 * 60 + 55, DanishDates.findTimes("kl. fem i ni").get(0).clockMinutes());
  }

  @Test
  void readsHoursSaidColloquially() {
    // "til fem-seks stykker", "ved ti-tiden", "omkring nitiden": about that hour.
    assertEquals(List.of(5, 6), hours("og så sover jeg til fem-seks stykker om morgenen"));
    assertEquals(List.of(10), hours("vi kan ses ved ti-tiden"));
    assertEquals(List.of(9), hours("hun kommer omkring nitiden"));
    assertEquals(List.of(), hours("jeg har søgt fem-seks stykker i denne uge"));
    assertEquals(List.of(), hours("i mellemtiden søger jeg videre"));
    // The end of a weekday's hours, and the end of a span corrected just after it.
    assertEquals(List.of(8, 4, 2), hours("Fra otte til fire, og torsdag til to."));
    assertEquals(
        List.of("8.00", "4.30", "2.00"), said("Fra otte til halv fem – nej, til to. Fint."));
    assertEquals(List.of(), hours("fra mandag til fredag"));
    assertEquals(
        List.of(), hours("hun har været i praktik fra mandag og er nået op til tre timer"));
  }

  @Test
  void readsHoursSaidBareWhereTheDaysOrThePartOfTheDayFollow() {
    // A span with the days it is for: 8-13 and 8-12.
    assertEquals(
        List.of(8, 1, 8, 12),
        hours("Så otte til et mandag og onsdag, og otte til tolv om torsdagen."));
    // An hour or two with the part of the day; after noon it is the afternoon's.
    assertEquals(List.of(2, 3), hours("Jeg kan ikke falde i søvn før to, tre om natten."));
    assertEquals(List.of(16), hours("Hun henter ham fire om eftermiddagen."));
    // The end of a shorter day, said bare soon after a span of the clock.
    assertEquals(
        List.of(7, 2, 12),
        hours(
            "Han sagde fra syv til halv tre, som de andre. Men de første dage måske kun til tolv."));
    // Counts said the same way are no hours.
    assertEquals(List.of(), hours("Jeg søger to til tre om dagen, og otte til ti om ugen."));
    assertEquals(List.of(), hours("Jeg vågner to, tre gange om natten."));
    assertEquals(List.of(), hours("Det tager to til tre uger."));
    assertEquals(List.of(9, 12), hours("Fra ni til tolv. Jeg har sendt til fire arbejdsgivere."));
  }

  private static List<Integer> hours(String text) {
    return DanishDates.findTimes(text).stream().map(TimeMention::hour).toList();
  }

  private static List<String> said(String text) {
    return DanishDates.findTimes(text).stream()
        .map(t -> t.hour() + "." + String.format("%02d", t.minute()))
        .toList();
  }

  @Test
  void formatsAsANoteWrites() {
    assertEquals("tirsdag den 10. marts 2026", DanishDates.format(LocalDate.of(2026, 3, 10)));
    assertEquals("kl. 9.30", DanishDates.formatTime(LocalTime.of(9, 30)));
    assertEquals("kl. 10.00", DanishDates.formatTime(LocalTime.of(10, 0)));
  }
}
