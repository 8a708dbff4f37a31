package dk.samtalenotat.quality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.samtalenotat.conversation.ConversationForm;
import dk.samtalenotat.conversation.ConversationType;
import dk.samtalenotat.conversation.ParticipantRole;
import dk.samtalenotat.draft.DraftParticipant;
import dk.samtalenotat.draft.DraftSegment;
import dk.samtalenotat.draft.NoteSection;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The devset reader on a small folder written by the test in the set's format. */
class DevsetReaderTest {

  static final String VTT =
      String.join(
          "\n",
          "WEBVTT",
          "",
          "1a2b/1-0",
          "00:00:01.000 --> 00:00:05.000",
          "<v Sagsbehandler>Velkommen, Karin. Jeg hedder Morten, og Per er med som partner.</v>",
          "",
          "3c4d/2-0",
          "00:00:06.000 --> 00:00:12.000",
          "<v Borger>Jeg har søgt fem – nej, fire job den sidste måned. [uhørligt] i Vesterå.</v>",
          "",
          "5e6f/3-0",
          "00:00:13.000 --> 00:00:18.000",
          "<v Partner>Hun har også bil nu.</v>",
          "",
          "7a8b/4-0",
          "00:00:19.000 --> 00:00:24.000",
          "<v Sagsbehandler>Så du søger mindst to job om ugen, og vi ses tirsdag den tiende marts"
              + " klokken ti.</v>",
          "",
          "9c0d/5-0",
          "00:00:25.000 --> 00:00:26.000",
          "[optagelse stoppet]",
          "",
          "9c0d/6-0",
          "00:00:27.000 --> 00:00:30.000",
          "<v Borger>Jeg har gæld til Skat.</v>",
          "");

  static final String FACTS =
      """
      {
        "type": "jobsamtale",
        "form": "fremmøde",
        "date": "2026-01-13",
        "time": "09:30",
        "participants": [
          {"name": "Morten Lauridsen", "role": "Sagsbehandler"},
          {"name": "Karin Bossen", "role": "Borger"},
          {"name": "Per Bossen", "role": "Partner"}
        ],
        "binding_agreement_allowed": true,
        "must_include": [
          {"fact": "Borger har søgt 4 job den seneste måned.", "evidence": "fire job"},
          {"fact": "Borger søger mindst 2 job om ugen.", "evidence": "mindst to job"},
          {"fact": "Næste jobsamtale er tirsdag den 10. marts 2026 kl. 10.00.", "evidence": "ti"}
        ],
        "must_not_include": [
          {"statement": "Borger har søgt 5 job den seneste måned.", "why": "ukorrigeret"},
          {"statement": "Borger har gæld til Skat.", "why": "efter stop"}
        ]
      }
      """;

  static final String CORRECT =
      String.join(
          "\n",
          "# Titel",
          "Jobsamtale – Karin Bossen",
          "## Samtaletype / Samtaleform / Deltagere",
          "Samtaletype: Jobsamtale.",
          "Samtaleform: Fremmøde, tirsdag den 13. januar 2026 kl. 9.30.",
          "Deltagere: Karin Bossen (borger), Per Bossen (partner), Morten Lauridsen"
              + " (sagsbehandler).",
          "## Formål",
          "Formålet var at følge op på borgers jobsøgning.",
          "## Borgerens situation",
          "Borger har søgt 4 job den seneste måned.",
          "## Aftaler",
          "- Borger søger mindst 2 job om ugen.",
          "## Næste skridt og opfølgning",
          "Næste jobsamtale er tirsdag den 10. marts 2026 kl. 10.00.",
          "");

  static final String PLANTED =
      CORRECT
          .replace("søgt 4 job", "søgt 5 job")
          .replace(
              "- Borger søger mindst 2 job om ugen.",
              "- Borger søger mindst 2 job om ugen.\nBorger har fået tilbudt et truckkursus.");

  static final String PLANTS =
      """
      [
        {"kind": "uncorrected", "text_in_draft": "søgt 5 job", "correct": "søgt 4 job", "why_wrong": "x"},
        {"kind": "invented", "text_in_draft": "Borger har fået tilbudt et truckkursus.", "correct": "", "why_wrong": "y"}
      ]
      """;

  static Path folder(Path dir) throws IOException {
    Path set = Files.createDirectories(dir.resolve("miniset"));
    write(set, "01.vtt", VTT);
    write(set, "01.facts.json", FACTS);
    write(set, "01.correct.md", CORRECT);
    write(set, "01.planted.md", PLANTED);
    write(set, "01.planted.json", PLANTS);
    return set;
  }

  private static void write(Path dir, String name, String text) throws IOException {
    Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
  }

  @Test
  void readsTheRegistrationAndMapsItToTheApplicationsOwn(@TempDir Path dir) throws Exception {
    QualitySet set = DevsetReader.read(folder(dir));
    assertEquals("miniset", set.name());
    assertEquals(1, set.cases().size());
    QualityCase c = set.cases().get(0);
    assertEquals("01", c.key());
    assertEquals(ConversationType.JOBSAMTALE, c.type());
    assertEquals(ConversationForm.FREMMOEDE, c.form());
    assertEquals(LocalDateTime.of(2026, 1, 13, 9, 30), c.time());
    assertEquals("Morten Lauridsen", c.caseworker());
    assertEquals(
        List.of(
            new DraftParticipant("Morten Lauridsen", ParticipantRole.SAGSBEHANDLER),
            new DraftParticipant("Karin Bossen", ParticipantRole.BORGER),
            new DraftParticipant("Per Bossen", ParticipantRole.ANDEN)),
        c.participants());
    assertEquals(List.of("f1", "f2", "f3"), c.facts().stream().map(Expectation::id).toList());
    assertEquals(List.of("w1", "w2"), c.wrong().stream().map(Expectation::id).toList());
  }

  @Test
  void rolesAndTypesWithoutAnExactCounterpartAreMappedSensibly() {
    assertEquals(ParticipantRole.A_KASSE, DevsetReader.role("A-kasse"));
    assertEquals(ParticipantRole.LAEGE, DevsetReader.role("Læge"));
    assertEquals(ParticipantRole.ANDEN, DevsetReader.role("Virksomhedskonsulent"));
    assertEquals(ParticipantRole.ANDEN, DevsetReader.role("Sundhedskoordinator"));
    List<DraftParticipant> withAKasse = List.of(new DraftParticipant("B", ParticipantRole.A_KASSE));
    assertEquals(ConversationType.JOBSAMTALE_A_KASSE, DevsetReader.type("jobsamtale", withAKasse));
    assertEquals(ConversationType.JOBSAMTALE, DevsetReader.type("ungesamtale", List.of()));
    assertEquals(ConversationType.FLEKSJOBOPFOELGNING, DevsetReader.type("fleksjob", List.of()));
    assertEquals(ConversationType.RUNDBORDSSAMTALE, DevsetReader.type("rundbord", List.of()));
    assertEquals(ConversationForm.VIDEO, DevsetReader.form("video"));
    // A type or form the set's README does not list is read, not refused.
    assertEquals(ConversationType.ANDEN, DevsetReader.type("møde", List.of()));
    assertEquals(ConversationForm.FREMMOEDE, DevsetReader.form("skærm"));
  }

  @Test
  void theNotesBecomeDraftsAndThePlantedErrorsTheirLines(@TempDir Path dir) throws Exception {
    QualityCase c = DevsetReader.read(folder(dir)).cases().get(0);
    // The title and the three header lines first, then the sections' sentences.
    assertEquals(8, c.correctDraft().size());
    assertTrue(c.correctDraft().get(2).text().startsWith("Samtaleform:"));
    assertEquals(NoteSection.AFTALER, c.correctDraft().get(6).section());
    QualityCase.PlantedDraft planted = c.planted().get(0);
    assertEquals(9, planted.draft().size());
    assertEquals(
        List.of("uncorrected", "invented"),
        planted.spots().stream().map(QualityCase.Spot::kind).toList());
    assertEquals(List.of(5, 7), planted.spots().stream().map(QualityCase.Spot::index).toList());
    assertTrue(planted.spots().get(1).description().contains("(sentence removed)"));
    assertEquals(List.of("correct.md", "planted.md"), List.copyOf(c.references().keySet()));
  }

  @Test
  void theTranscriptReachesTheEngineAsTheImporterGivesIt(@TempDir Path dir) throws Exception {
    QualityCase c = DevsetReader.read(folder(dir)).cases().get(0);
    List<DraftSegment> segments = new AppPath().prepare(c).request().segments();
    assertEquals(6, segments.size());
    // The stop cue and what follows it are not cleaned away: the engine must handle them.
    assertEquals("[optagelse stoppet]", segments.get(4).text());
    assertTrue(segments.get(5).text().contains("gæld"));
    assertTrue(segments.get(1).text().contains("[uhørligt]"));
    assertEquals(ParticipantRole.BORGER, segments.get(1).speakerRole());
  }

  @Test
  void theReferenceNotesValidateTheScoring(@TempDir Path dir) throws Exception {
    QualityCase c = DevsetReader.read(folder(dir)).cases().get(0);
    FactScore correct = FactScore.of(c, c.references().get("correct.md"));
    assertEquals(List.of(), correct.missed());
    assertEquals(List.of(), correct.wrongIncluded());
    FactScore planted = FactScore.of(c, c.references().get("planted.md"));
    assertEquals(List.of("f1"), planted.missed());
    assertEquals(List.of("w1"), planted.wrongIncluded());
  }

  @Test
  void aPlantedTextThatIsNotInTheNoteCountsAsNotFlaggedAndTheSetIsStillRead(@TempDir Path dir)
      throws Exception {
    Path set = folder(dir);
    write(set, "01.planted.json", PLANTS.replace("søgt 5 job", "søgt 9 job"));
    QualityCase.Spot lost = DevsetReader.read(set).cases().get(0).planted().get(0).spots().get(0);
    assertEquals(-1, lost.index());
    assertTrue(lost.description().startsWith("in no line of the note"), lost.description());
  }

  @Test
  void anErrorPlantedInTheHeaderIsALineTheCheckReads(@TempDir Path dir) throws Exception {
    Path set = folder(dir);
    write(set, "01.planted.md", PLANTED.replace("tirsdag den 13. januar", "onsdag den 13. januar"));
    write(
        set,
        "01.planted.json",
        PLANTS.replaceFirst(
            "\\{[^}]*\\}",
            "{\"kind\": \"date\", \"text_in_draft\": \"onsdag den 13. januar\", \"correct\":"
                + " \"tirsdag den 13. januar\", \"why_wrong\": \"x\"}"));
    QualityCase.Spot header = DevsetReader.read(set).cases().get(0).planted().get(0).spots().get(0);
    assertEquals(2, header.index());
  }

  @Test
  void aFolderWithoutTranscriptsIsRefused(@TempDir Path dir) {
    assertThrows(IllegalArgumentException.class, () -> DevsetReader.read(dir));
    assertThrows(IllegalArgumentException.class, () -> DevsetReader.read(dir.resolve("none")));
  }

  @Test
  void theCheckIsScoredPerPlantedLineAndKindOnTheWholeNote(@TempDir Path dir) throws Exception {
    QualitySet set = DevsetReader.read(folder(dir));
    // A stand-in check that flags the second sentence of any draft's sections as a NUMBER, and the
    // fourth of the planted draft as INVENTED, a kind the application's check may not have yet
    // (the title and the three header lines come first).
    FactChecker check =
        (draft, segments, date) ->
            draft.size() == 9
                ? List.of(new FactChecker.Flag(5, "NUMBER"), new FactChecker.Flag(7, "INVENTED"))
                : List.of(new FactChecker.Flag(5, "NUMBER"));
    QualityReport report = QualityHarness.run(set, Map.of(), Optional.of(check));
    CheckerScore score = report.checker();
    assertEquals(2, score.planted());
    assertEquals(2, score.flagged());
    assertEquals(1, score.byKind().get("invented").rightKind());
    assertEquals(0, score.byKind().get("uncorrected").rightKind());
    assertEquals(0, score.byKind().get("date").planted());
    assertEquals(1, score.falseFlags());
    assertEquals(8, score.correctSentences());
    assertTrue(report.table().contains("Draft quality on 1 conversations of"), report.table());
    assertTrue(report.table().contains("correct.md"), report.table());
    assertTrue(report.table().contains("transcript retold"), report.table());
    assertTrue(report.details().contains("flagged uncorrected in 01 as [NUMBER]"));
  }

  @Test
  void devsetKindsMapByNameAndTolerateKindsTheCheckLacks() {
    DevsetKinds kinds = new DevsetKinds();
    assertEquals(
        List.of("date", "number", "name", "invented", "negation", "attribution", "uncorrected"),
        kinds.kinds());
    assertTrue(kinds.rightKind("date", "WEEKDAY"));
    assertTrue(kinds.rightKind("number", "HOURS"));
    assertTrue(kinds.rightKind("name", "ORGANISATION"));
    assertTrue(kinds.rightKind("invented", "INVENTED"));
    assertFalse(kinds.rightKind("negation", "DATE"));
    assertFalse(kinds.rightKind("colour", "DATE"));
    for (String missing : DevsetKinds.missingInCheck()) {
      assertTrue(kinds.note().contains(missing));
    }
  }

  @Test
  void theHarnessWritesOneReportPerSet(@TempDir Path dir) throws Exception {
    Path set = folder(dir);
    Path out = dir.resolve("out");
    QualityHarness.main(new String[] {out.toString(), set.toString()});
    for (String name :
        List.of(
            "quality-report.txt",
            "quality-report.json",
            "quality-details.txt",
            "quality-report-miniset.txt",
            "quality-report-miniset.json",
            "quality-details-miniset.txt")) {
      assertTrue(Files.exists(out.resolve(name)), name);
    }
    String details = Files.readString(out.resolve("quality-details-miniset.txt"));
    assertTrue(details.contains("== offline draft of 01"), details);
    assertFalse(Files.readString(out.resolve("quality-report.txt")).contains("miniset"));
  }
}
