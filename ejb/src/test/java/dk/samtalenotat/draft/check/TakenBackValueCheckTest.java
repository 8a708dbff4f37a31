package dk.samtalenotat.draft.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Values a speaker took back and values said of something else: a note states the value said
 * instead, and a value said of another time or thing neither supports nor contradicts it.
 */
class TakenBackValueCheckTest {

  private static final LocalDate DAY = LocalDate.of(2026, 5, 12);

  /** An age corrected, and the birthday to come said with the age taken back. */
  private static final String[][] AGE = {
    {"Sagsbehandler", "Hvor gammel er du nu?"},
    {
      "Borger", "Jeg er treoghalvtreds – nej, tooghalvtreds. Jeg fylder treoghalvtreds til februar."
    },
    {"Sagsbehandler", "Tak. Og du har arbejdet som maler i mange år?"},
    {"Borger", "Ja, i tyve år hos den samme mester."}
  };

  @Test
  void anAgeTakenBackIsNotSupportedByTheBirthdayToCome() {
    assertEquals(
        List.of(FactKind.UNCORRECTED), Transcripts.kindsInATalk(AGE, "Borger er 53 år.", DAY));
    assertEquals(List.of(), Transcripts.kindsInATalk(AGE, "Borger er 52 år.", DAY));
    // The birthday to come is said, and a note may say so.
    assertEquals(List.of(), Transcripts.kindsInATalk(AGE, "Borger fylder 53 år i februar.", DAY));
  }

  /** Applications counted with a correction, and what the citizen is to do from now on. */
  private static final String[][] APPLICATIONS = {
    {"Sagsbehandler", "Hvordan går det med at søge arbejde?"},
    {
      "Borger",
      "Det går langsomt. Jeg har søgt, øh, otte – nej, ni stillinger. Og jeg har kun været til én"
          + " samtale."
    },
    {"Sagsbehandler", "Hvor var den samtale?"},
    {"Borger", "Det var hos Vestergaard Malerfirma. Som malerlærling."},
    {
      "Sagsbehandler",
      "Så samler jeg op. Du fortsætter kontakten til Vestergaard Malerfirma. Du søger én stilling"
          + " om ugen, og vi ses igen i juni."
    }
  };

  @Test
  void aCountCorrectedAfterAFillerIsTheCountSaidInstead() {
    assertEquals(
        List.of(),
        Transcripts.kindsInATalk(
            APPLICATIONS,
            "Borger har søgt ni stillinger og været til én samtale hos Vestergaard Malerfirma.",
            DAY));
    assertEquals(
        List.of(FactKind.UNCORRECTED),
        Transcripts.kindsInATalk(
            APPLICATIONS,
            "Borger har søgt otte stillinger og været til én samtale hos Vestergaard Malerfirma.",
            DAY));
  }

  /** Hours proposed, and fewer hours settled on. */
  private static final String[][] HOURS = {
    {"Sagsbehandler", "Lageret har ringet. De foreslår seks uger, og tolv timer om ugen."},
    {"Borger", "Tolv timer… Det går nok. Men jeg kan højst stå op i fire timer ad gangen."},
    {"Borger", "Hvad med fire dage, og så to timer og en kvart hver dag? Er elleve okay?"},
    {"Sagsbehandler", "Det tror jeg godt, vi kan. Så elleve timer, fire dage."},
    {
      "Sagsbehandler",
      "Så opsummerer jeg. Praktik på lageret i seks uger, elleve timer om ugen, fra den første juni."
    }
  };

  @Test
  void theHoursSettledOnInsteadOfTheProposedAreSaid() {
    assertEquals(
        List.of(),
        Transcripts.kindsInATalk(
            HOURS,
            "Praktikken blev tilpasset til elleve timer om ugen i stedet for de foreslåede tolv.",
            DAY));
  }

  /** An interpreter who sets a day right in the next sentence, and the days of the placement. */
  private static final String[][] PICK_UP = {
    {"Sagsbehandler", "Praktikken er mandag, onsdag og fredag. Passer det med din datter?"},
    {
      "Tolk",
      "Han siger, onsdag er svær. Han skal hente sin datter i børnehaven om onsdagen, hun har fri"
          + " klokken et. Øh, jeg mener – han siger mandagen, ikke onsdagen. Det er om mandagen,"
          + " hun har fri tidligt."
    },
    {"Sagsbehandler", "Så bytter vi. Du er i praktik onsdag og fredag, og torsdag i stedet."}
  };

  @Test
  void aWeekdaySetRightInTheNextSentenceIsTakenBack() {
    assertEquals(
        List.of(FactKind.UNCORRECTED),
        Transcripts.kindsInATalk(
            PICK_UP, "Borger skal hente sin datter i børnehaven om onsdagen.", DAY));
    assertEquals(
        List.of(),
        Transcripts.kindsInATalk(
            PICK_UP, "Borger skal hente sin datter i børnehaven om mandagen.", DAY));
  }

  /** A meeting's time corrected, the same clock time said of a weekly class and another meeting. */
  private static final String[][] MEETING = {
    {"Sagsbehandler", "Du skal også gå på værkstedet i Søhuset. Det er hver onsdag klokken ti."},
    {"Borger", "Det kan jeg godt."},
    {
      "Sagsbehandler",
      "Så skal vi finde en ny tid. Hvad med torsdag den fjerde juni klokken ti – nej, klokken elleve,"
          + " for jeg har et andet møde klokken ti."
    },
    {"Borger", "Torsdag den fjerde juni klokken elleve. Ja."}
  };

  @Test
  void aTimeTakenBackOnTheMeetingsDayIsNotSupportedByTheSameTimeOfSomethingElse() {
    List<FactFlag> flags =
        Transcripts.flagsInATalk(MEETING, "Næste møde er torsdag den 4. juni 2026 kl. 10.00.", DAY);
    assertEquals(List.of(FactKind.UNCORRECTED), flags.stream().map(FactFlag::kind).toList());
    // The flag offers the time said instead.
    assertEquals("kl. 11.00", flags.get(0).transcriptValue());
    assertEquals(
        List.of(),
        Transcripts.kindsInATalk(
            MEETING, "Næste møde er torsdag den 4. juni 2026 kl. 11.00.", DAY));
    assertEquals(
        List.of(),
        Transcripts.kindsInATalk(MEETING, "Borger går på værkstedet hver onsdag kl. 10.00.", DAY));
  }

  /** Meetings with a mentor, how often corrected at once. */
  private static final String[][] MENTOR = {
    {
      "Sagsbehandler",
      "Du får en mentor, Jonas. I mødes hver fjortende dag – nej, undskyld, hver uge, de første to"
          + " måneder."
    },
    {"Borger", "Hver uge. Fint."},
    {"Sagsbehandler", "Og jobsøgningen følger vi op på hver anden måned."}
  };

  @Test
  void aFrequencyTakenBackIsNotWhatWasAgreed() {
    List<FactFlag> flags =
        Transcripts.flagsInATalk(
            MENTOR, "Borger og mentor mødes hver fjortende dag de første to måneder.", DAY);
    assertEquals(List.of(FactKind.UNCORRECTED), flags.stream().map(FactFlag::kind).toList());
    assertEquals("hver uge", flags.get(0).transcriptValue());
    assertEquals(
        List.of(),
        Transcripts.kindsInATalk(
            MENTOR, "Borger og mentor mødes hver uge de første to måneder.", DAY));
    assertEquals(
        List.of(),
        Transcripts.kindsInATalk(MENTOR, "Der følges op på jobsøgningen hver anden måned.", DAY));
  }

  /** A value set right by its speaker in a later turn of their own, others speaking between. */
  private static final String[][] SET_RIGHT_LATER = {
    {"Sagsbehandler", "Hvor mange timer er der tale om?"},
    {"Mentor", "Bageriet kan tilbyde ni timer om ugen i starten."},
    {"Borger", "Det kan jeg godt klare, tror jeg."},
    {"Sagsbehandler", "Og hvem bliver din kontaktperson?"},
    {"Mentor", "Det bliver Ruth i ekspeditionen."},
    {
      "Mentor",
      "Og undskyld, jeg skal lige rette mig selv fra før – det var elleve timer, ikke ni. Det står i"
          + " aftalen."
    }
  };

  @Test
  void aValueSetRightTurnsLaterIsTakenBack() {
    assertEquals(
        List.of(FactKind.UNCORRECTED),
        Transcripts.kindsInATalk(
            SET_RIGHT_LATER, "Bageriet tilbyder 9 timer om ugen i starten.", DAY));
    assertEquals(
        List.of(),
        Transcripts.kindsInATalk(
            SET_RIGHT_LATER, "Bageriet tilbyder 11 timer om ugen i starten.", DAY));
  }
}
