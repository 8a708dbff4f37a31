package dk.samtalenotat.draft.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.samtalenotat.conversation.ParticipantRole;
import dk.samtalenotat.draft.DraftParticipant;
import dk.samtalenotat.draft.DraftSegment;
import dk.samtalenotat.draft.DraftSentence;
import dk.samtalenotat.draft.NoteSection;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The check on notes that cite nothing (pasted or written by hand), against a spoken transcript of
 * the project's own making: for every kind of flag a planted case and a correct one.
 */
class SpokenDanishCheckTest {

  /** A Wednesday in February 2026. */
  private static final LocalDate DAY = LocalDate.of(2026, 2, 11);

  private static final List<DraftParticipant> PEOPLE =
      List.of(
          new DraftParticipant("Kirsten Lund", ParticipantRole.SAGSBEHANDLER),
          new DraftParticipant("Mads Holm", ParticipantRole.BORGER),
          new DraftParticipant("Pia Holm", ParticipantRole.ANDEN));

  /** Speaker label, then what was said. */
  private static final String[][] SAID = {
    {"Sagsbehandler", "Velkommen, Mads. Jeg hedder Kirsten Lund, og jeg er din sagsbehandler."},
    {"Borger", "Tak. Øh, altså, a har været ledig siden den femtende september."},
    {"Sagsbehandler", "Og hvor mange job har du søgt den seneste måned?"},
    {"Borger", "Jeg har søgt seks – nej, syv job. Syv. Mest som lagermedarbejder."},
    {"Sagsbehandler", "Har du kørekort?"},
    {"Borger", "Nej, jeg har ikke kørekort. Men jeg har en cykel, og jeg kan tage bussen."},
    {"Partner", "Jeg kører ham gerne om morgenen, når jeg har fri."},
    {
      "Borger",
      "Jeg kunne godt tænke mig et kursus i truckkørsel. Det var mig, der spurgte til det."
    },
    {"Sagsbehandler", "Det kan jeg ikke love i dag. Det står ikke på listen lige nu."},
    {"Sagsbehandler", "Vi aftaler, at du søger mindst tre job om ugen og skriver dem i jobloggen."},
    {"Borger", "Det er fint. Det gør jeg."},
    {"Sagsbehandler", "Du er nu i uge otte af din ledighedsydelse, så der er god tid endnu."},
    {"Sagsbehandler", "Næste samtale er tirsdag den tredje marts klokken halv ti her på kontoret."},
    {"Borger", "Tirsdag den tredje marts halv ti. Det passer fint."}
  };

  private static List<DraftSegment> transcript() {
    return Transcripts.of(SAID, Transcripts.roles(null));
  }

  private static List<FactFlag> check(NoteSection section, String... lines) {
    List<DraftSentence> note = new ArrayList<>();
    for (String line : lines) {
      note.add(new DraftSentence(section, line, List.of()));
    }
    return UnsupportedFactCheck.check(note, new FactCheckContext(transcript(), DAY, PEOPLE));
  }

  private static List<FactFlag> check(String... lines) {
    return check(NoteSection.BORGERENS_SITUATION, lines);
  }

  private static FactFlag only(FactKind kind, List<FactFlag> flags) {
    assertEquals(1, flags.size(), flags.toString());
    assertEquals(kind, flags.get(0).kind(), flags.toString());
    return flags.get(0);
  }

  @Test
  void aCorrectNoteWrittenAsCaseworkersWriteIsNotFlagged() {
    assertEquals(
        List.of(),
        check(
            "Borger har været ledig siden 15. september 2025.",
            "Borger har søgt 7 job den seneste måned, mest som lagermedarbejder.",
            "Borger har ikke kørekort, men kan cykle og tage bussen.",
            "Borger ønskede selv et kursus i truckkørsel.",
            "Sagsbehandler kunne ikke love kurset, da det ikke står på listen."));
    assertEquals(
        List.of(),
        check(
            NoteSection.AFTALER,
            "- Det blev aftalt, at borger søger mindst 3 job om ugen og skriver dem i jobloggen.",
            "* **Næste samtale** er tirsdag den 3. marts 2026 kl. 9.30 på kontoret."));
  }

  @Test
  void headingsHeaderLinesAndMarkdownAreNeverFlaggedForTheirForm() {
    assertEquals(
        List.of(),
        check(
            "# Titel",
            "Jobsamtale – Mads Holm",
            "## Samtaletype / Samtaleform / Deltagere",
            "Samtaletype: Jobsamtale.",
            "Samtaleform: Fremmøde, onsdag den 11. februar 2026 kl. 10.00.",
            "## Borgerens situation",
            "1. **Borger** har søgt 7 job den seneste måned."));
  }

  @Test
  void aWeekdayThatDoesNotFitTheDateOnTheHeaderLineIsFlagged() {
    only(FactKind.WEEKDAY, check("Samtaleform: Fremmøde, torsdag den 11. februar 2026."));
  }

  @Test
  void aWrongDateSaysWhatTheTranscriptSays() {
    FactFlag flag =
        only(FactKind.DATE, check("Næste samtale er tirsdag den 10. marts 2026 kl. 9.30."));
    assertEquals("tirsdag den 3. marts 2026", flag.transcriptValue());
    assertEquals(
        "Næste samtale er tirsdag den 3. marts 2026 kl. 9.30.",
        flag.corrected("Næste samtale er tirsdag den 10. marts 2026 kl. 9.30.").orElseThrow());
  }

  @Test
  void aDateWithoutAYearTakesTheYearItsWeekdayFits() {
    // 3 March is a Tuesday in 2026, said in February 2026; "tirsdag den 3. marts" is not flagged
    // although no year is given, and neither is it a year on.
    assertEquals(List.of(), check("Næste samtale er tirsdag den 3. marts kl. 9.30."));
  }

  @Test
  void aWrongTimeSaysWhatTheTranscriptSays() {
    FactFlag flag = only(FactKind.TIME, check("Næste samtale er tirsdag den 3. marts kl. 10.30."));
    assertEquals("kl. 9.30", flag.transcriptValue());
  }

  @Test
  void aWrongNumberSaysTheNumberTheTranscriptGivesTheSameThing() {
    FactFlag flag =
        only(
            FactKind.NUMBER,
            check(
                NoteSection.AFTALER,
                "Borger søger mindst 5 job om ugen og skriver dem i jobloggen."));
    assertEquals("5", flag.fact());
    assertEquals("3", flag.transcriptValue());
  }

  @Test
  void aValueTheSpeakerCorrectedIsFlaggedWithTheCorrection() {
    FactFlag flag = only(FactKind.UNCORRECTED, check("Borger har søgt 6 job den seneste måned."));
    assertEquals("7", flag.transcriptValue());
    assertEquals(List.of(), check("Borger har søgt syv job den seneste måned."));
  }

  @Test
  void aWeekCountedFromSomethingIsNoCalendarWeek() {
    assertEquals(List.of(), check("Borger er i uge 8 af sin ledighedsydelse."));
    assertTrue(check("Borger er i uge 9 af sin ledighedsydelse.").size() == 1);
  }

  @Test
  void aNameNobodySaidIsFlagged() {
    only(FactKind.NAME, check("Borgers ægtefælle, Lise Holm, kører ham om morgenen."));
    assertEquals(List.of(), check("Borgers ægtefælle, Pia Holm, kører ham om morgenen."));
  }

  @Test
  void contentNobodySaidIsFlaggedAsInvented() {
    only(FactKind.INVENTED, check("Borger har fået tilbudt et fleksjob i en byggemarkedskæde."));
    assertEquals(List.of(), check("Borger søger mest job som lagermedarbejder."));
  }

  @Test
  void aWishCreditedToTheWrongSpeakerIsFlaggedAsAttribution() {
    only(FactKind.ATTRIBUTION, check("Sagsbehandler foreslog et kursus i truckkørsel."));
    assertEquals(List.of(), check("Borger foreslog selv et kursus i truckkørsel."));
  }

  @Test
  void anAgreementNobodyMadeIsFlagged() {
    List<FactFlag> flags =
        check(NoteSection.AFTALER, "Det blev aftalt, at borger starter på et truckkursus i marts.");
    assertTrue(
        flags.stream()
            .anyMatch(f -> f.kind() == FactKind.AGREEMENT || f.kind() == FactKind.NEGATION),
        flags.toString());
  }

  @Test
  void theParticipantsLineIsCheckedAgainstTheRegistration() {
    assertEquals(
        List.of(),
        check(
            "Deltagere: Mads Holm (borger), Pia Holm (ægtefælle) og Kirsten Lund (sagsbehandler)."));
    List<FactFlag> flags =
        check(
            "Deltagere: Mads Holm (borger), Jens Holm (ægtefælle) og Kirsten Lund (sagsbehandler).");
    assertTrue(flags.stream().allMatch(f -> f.kind() == FactKind.PARTICIPANTS), flags.toString());
    assertTrue(flags.stream().anyMatch(f -> f.fact().equals("Jens Holm")), flags.toString());
    assertTrue(flags.stream().anyMatch(f -> f.fact().equals("Pia Holm")), flags.toString());
    only(
        FactKind.PARTICIPANTS,
        check("Deltagere: Mads Holm (sagsbehandler), Pia Holm og Kirsten Lund."));
  }

  @Test
  void theParticipantsLineMayGiveTheRoleBeforeTheName() {
    assertEquals(
        List.of(),
        check(
            "Deltagere: Borger Mads Holm, borgers ægtefælle Pia Holm og sagsbehandler Kirsten"
                + " Lund, Skovby Kommune."));
    // The people and their roles are right; the mentor's workplace, which nobody named in the
    // conversation, is checked as a name, as it is in parentheses.
    List<FactFlag> mentor =
        check(
            "Deltagere: Borger Mads Holm, frivillig mentor Pia Holm fra Skovby Frivilligcenter og"
                + " sagsbehandler Kirsten Lund.");
    assertEquals(
        List.of("Skovby Frivilligcenter"),
        mentor.stream().map(FactFlag::fact).toList(),
        mentor.toString());
    assertEquals(FactKind.ORGANISATION, mentor.get(0).kind());
    List<FactFlag> flags =
        check(
            "Deltagere: Borger Mads Holm, borgers ægtefælle Jens Holm og sagsbehandler Kirsten"
                + " Lund, Skovby Kommune.");
    assertTrue(flags.stream().allMatch(f -> f.kind() == FactKind.PARTICIPANTS), flags.toString());
    assertTrue(flags.stream().anyMatch(f -> f.fact().equals("Jens Holm")), flags.toString());
    assertTrue(flags.stream().anyMatch(f -> f.fact().equals("Pia Holm")), flags.toString());
    // The citizen and the caseworker swapped: both roles are wrong.
    assertEquals(
        List.of(FactKind.PARTICIPANTS, FactKind.PARTICIPANTS),
        check("Deltagere: Sagsbehandler Mads Holm, ægtefælle Pia Holm og borger Kirsten Lund.")
            .stream()
            .map(FactFlag::kind)
            .toList());
  }

  @Test
  void theParticipantsLineMayListOnePersonPerBulletOrPartEntriesBySemicolons() {
    assertEquals(
        List.of(),
        check(
            "Deltagere:",
            "- Kirsten Lund, sagsbehandler, Skovby Kommune",
            "- Mads Holm, borger",
            "- Pia Holm, ægtefælle"));
    // Who is missing is asked of all the bullets, and reported once.
    List<FactFlag> flags =
        check("Deltagere:", "- Kirsten Lund, sagsbehandler, Skovby Kommune", "- Mads Holm, borger");
    assertEquals(1, flags.size(), flags.toString());
    assertEquals("Pia Holm", flags.get(0).fact());
    assertEquals(0, flags.get(0).sentenceIndex());
    // A bullet after the participants' bullets and a heading is a sentence of its own again.
    only(
        FactKind.NAME,
        check(
            NoteSection.BORGERENS_SITUATION,
            "Deltagere:",
            "- Kirsten Lund, sagsbehandler",
            "- Mads Holm, borger",
            "- Pia Holm, ægtefælle",
            "## Borgerens situation",
            "- Borgers ægtefælle, Lise Holm, kører ham om morgenen."));
    // A job title at the entry's start, semicolons between the entries, an age after a name.
    assertEquals(
        List.of(),
        check(
            "Deltagere: Jobkonsulent Kirsten Lund, Skovby Kommune; borger Mads Holm, 54 år;"
                + " ægtefælle Pia Holm."));
    List<FactFlag> wrong =
        check(
            "Deltagere: Jobkonsulent Kirsten Lund, Skovby Kommune; borger Mads Holm, 54 år;"
                + " ægtefælle Jens Holm.");
    assertTrue(wrong.stream().anyMatch(f -> f.fact().equals("Jens Holm")), wrong.toString());
  }
}
