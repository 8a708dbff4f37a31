package dk.samtalenotat.draft.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dk.samtalenotat.conversation.ParticipantRole;
import dk.samtalenotat.draft.DraftSegment;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Weekdays and times as a note writes them against how they were said. */
class WeekdayFormsCheckTest {

  private static final LocalDate DAY = LocalDate.of(2026, 11, 9);

  /** Speaker label, then what was said. */
  private static final String[][] SAID = {
    {"Sagsbehandler", "Du møder mandag til torsdag fra klokken syv til klokken tre."},
    {"Sagsbehandler", "Og om fredagen møder du fra klokken otte til klokken elleve."},
    {"Borger", "Det passer mig fint, så kan jeg nå svømning om eftermiddagen."}
  };

  private static List<FactFlag> check(String sentence) {
    List<DraftSegment> transcript = Transcripts.of(SAID, Transcripts.roles(ParticipantRole.ANDEN));
    return Transcripts.check(sentence, transcript, DAY);
  }

  @Test
  void timesJoinedByAHyphenAreTimesNotADate() {
    assertEquals(List.of(), check("Borger møder mandag til torsdag kl. 7.00-15.00."));
    assertEquals(List.of(), check("Borger møder mandag til torsdag kl. 7.00–15.00."));
  }

  @Test
  void aWeekdaySaidInTheDefiniteFormSupportsTheWeekday() {
    assertEquals(List.of(), check("Borger møder fredag kl. 8.00–11.00."));
    // A weekday nobody said of the times is still flagged.
    List<FactFlag> flags = check("Borger møder lørdag kl. 8.00-11.00.");
    assertEquals(List.of(FactKind.WEEKDAY), flags.stream().map(FactFlag::kind).distinct().toList());
  }

  @Test
  void aWeekdayThatFallsOnADateTakenBackDoesNotSayTheDateAgain() {
    // Thursday 12 November: the next Wednesday is the 18th, which the caseworker takes back.
    LocalDate thursday = LocalDate.of(2026, 11, 12);
    List<DraftSegment> transcript =
        Transcripts.of(
            new String[][] {
              {
                "Sagsbehandler",
                "Kurset starter onsdag den attende – nej, det er onsdag den femogtyvende november."
              },
              {"Borger", "Den femogtyvende. Hvilke dage er det?"},
              {"Sagsbehandler", "Det er onsdag og torsdag fra klokken ni til klokken tolv."}
            },
            Transcripts.roles(ParticipantRole.ANDEN));
    assertEquals(
        List.of(),
        Transcripts.check("Kurset starter onsdag den 25. november 2026.", transcript, thursday));
    List<FactFlag> flags =
        Transcripts.check("Kurset starter onsdag den 18. november 2026.", transcript, thursday);
    assertEquals(List.of(FactKind.UNCORRECTED), flags.stream().map(FactFlag::kind).toList());
  }
}
