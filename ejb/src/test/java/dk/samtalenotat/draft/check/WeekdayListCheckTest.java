package dk.samtalenotat.draft.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dk.samtalenotat.conversation.ParticipantRole;
import dk.samtalenotat.draft.DraftSegment;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A list of weekdays a speaker corrected, against the list a note writes (uncorrected). */
class WeekdayListCheckTest {

  private static final LocalDate DAY = LocalDate.of(2026, 10, 5);

  /** Speaker label, then what was said. */
  private static final String[][] SAID = {
    {"Sagsbehandler", "Hvordan går det med genoptræningen?"},
    {"Borger", "Fint. Jeg går til fysioterapi tirsdag og torsdag om formiddagen i Rørby."},
    {"Sagsbehandler", "Hvilke dage vil du så arbejde, når du starter igen på plejecentret?"},
    {
      "Borger",
      "Mandag, onsdag og torsdag – nej, fredag. Mandag, onsdag og fredag. For tirsdag og torsdag"
          + " har jeg jo træning."
    },
    {"Sagsbehandler", "Og praktikken i bageriet, hvilke dage er den?"},
    {"Tolk", "Mandag, tirsdag – undskyld, mandag, onsdag og fredag, fra fem til elleve."},
    {"Sagsbehandler", "Godt, så skriver jeg det sådan."}
  };

  private static List<FactKind> check(String sentence) {
    List<DraftSegment> transcript = Transcripts.of(SAID, Transcripts.roles(ParticipantRole.TOLK));
    return Transcripts.kinds(sentence, transcript, DAY);
  }

  @Test
  void theListBeforeTheCorrectionIsUncorrected() {
    assertEquals(
        List.of(FactKind.UNCORRECTED),
        check("Borger arbejder på plejecentret mandag, onsdag og torsdag fra 12. oktober 2026."));
    assertEquals(
        List.of(),
        check("Borger arbejder på plejecentret mandag, onsdag og fredag fra 12. oktober 2026."));
  }

  @Test
  void aListStartedAgainIsUncorrectedWithTheDaysItDidNotSayAgain() {
    assertEquals(
        List.of(FactKind.UNCORRECTED),
        check("Praktikken i bageriet er mandag, tirsdag og fredag kl. 5-11."));
    assertEquals(List.of(), check("Praktikken i bageriet er mandag, onsdag og fredag kl. 5-11."));
  }

  @Test
  void aDayTheSentenceWritesOfItsOwnIsNoOtherDayForTheNext() {
    String[][] said = {
      {"Sagsbehandler", "Kan du tage de sidste timer mandag eftermiddag på værkstedet?"},
      {"Borger", "Mandag eftermiddag henter jeg min søn i børnehaven klokken halv tre."},
      {"Sagsbehandler", "Så tager du timerne torsdag i stedet."},
      {"Borger", "Ja, torsdag er fint."}
    };
    List<DraftSegment> transcript =
        Transcripts.of(
            Transcripts.withTheRestOfATalk(said), Transcripts.roles(ParticipantRole.ANDEN));
    assertEquals(
        List.of(),
        Transcripts.kinds(
            "Borger henter sin søn i børnehaven mandag eftermiddag kl. 14.30; torsdag passer"
                + " ham.",
            transcript,
            DAY));
    assertEquals(
        List.of(FactKind.WEEKDAY),
        Transcripts.kinds(
            "Borger henter sin søn i børnehaven mandag eftermiddag kl. 14.30; onsdag passer ham.",
            transcript,
            DAY));
  }

  @Test
  void aListSaidOfSomethingElseIsNoCorrection() {
    assertEquals(List.of(), check("Borger går til fysioterapi tirsdag og torsdag i Rørby."));
  }

  @Test
  void theFlagGivesTheDaysMeant() {
    List<DraftSegment> transcript = Transcripts.of(SAID, Transcripts.roles(ParticipantRole.TOLK));
    FactFlag flag =
        Transcripts.check(
                "Borger arbejder på plejecentret mandag, onsdag og torsdag.", transcript, DAY)
            .get(0);
    assertEquals("mandag, onsdag og fredag", flag.transcriptValue());
  }
}
