package dk.samtalenotat.quality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.samtalenotat.draft.DraftSegment;
import dk.samtalenotat.draft.DraftSentence;
import dk.samtalenotat.draft.NoteSection;
import dk.samtalenotat.draft.check.FactKind;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class CheckerScoreTest {

  private static FactChecker.Flag flag(int index, String kind) {
    return new FactChecker.Flag(index, kind);
  }

  @Test
  void aPlantedErrorCountsAsFlaggedOnlyWhenItsOwnSentenceIsFlagged() {
    CheckerScore score = new CheckerScore();
    PlantedError date = new PlantedError("DATE", 3, "x", "y"); // index 2
    score.planted("s", date, List.of(flag(2, "DATE")));
    score.planted("s", date, List.of(flag(2, "WEEKDAY")));
    score.planted("s", date, List.of(flag(1, "DATE"), flag(3, "DATE")));
    score.planted("s", date, List.of());
    CheckerScore.KindCount c = score.byKind().get("DATE");
    assertEquals(4, c.planted());
    assertEquals(2, c.flagged());
    assertEquals(1, c.rightKind());
    assertEquals(4, score.planted());
    assertEquals(2, score.flagged());
    assertEquals(0, score.byKind().get("NAME").planted());
    assertEquals(
        List.of(
            "missed DATE in s, sentence 3: 'x' -> 'y'", "missed DATE in s, sentence 3: 'x' -> 'y'"),
        score.details());
  }

  @Test
  void theKindsAreTheChecksOwn() {
    assertEquals(Arrays.stream(FactKind.values()).map(Enum::name).toList(), PlantedError.KINDS);
  }

  @Test
  void theApplicationsCheckIsCalledWithZeroBasedSentenceIndexes() {
    // A time the cited segment does not hold, in the second sentence.
    List<DraftSentence> draft =
        List.of(
            new DraftSentence(NoteSection.FORMAAL, "Formålet var jobsøgning.", List.of(1)),
            new DraftSentence(NoteSection.NAESTE_SKRIDT, "Næste møde er kl. 14.", List.of(1)));
    List<DraftSegment> segments =
        List.of(
            new DraftSegment(
                1, 0, 1000, "Sagsbehandler", null, "da", "Vi ses igen kl. 10 om jobsøgning."));
    List<FactChecker.Flag> flags =
        new UnsupportedFactChecker().check(draft, segments, LocalDate.of(2026, 3, 17));
    assertEquals(1, flags.size(), flags.toString());
    assertEquals(1, flags.get(0).sentenceIndex());
    assertEquals("TIME", flags.get(0).kind());
  }

  @Test
  void everyFlagOnACorrectDraftIsFalse() {
    List<DraftSentence> draft =
        List.of(
            new DraftSentence(NoteSection.FORMAAL, "a", List.of(1)),
            new DraftSentence(NoteSection.DROEFTET, "b", List.of(2)),
            new DraftSentence(NoteSection.AFTALER, "c", List.of(3)));
    CheckerScore score = new CheckerScore();
    score.correct("s", draft, List.of(flag(1, "DATE"), flag(1, "TIME")));
    score.correct("s", draft, List.of());
    assertEquals(2, score.correctDrafts());
    assertEquals(6, score.correctSentences());
    assertEquals(2, score.falseFlags());
    assertEquals(1, score.falselyFlaggedSentences());
    assertEquals(1, score.draftsWithFalseFlags());
    assertEquals(2, score.details().size());
    assertTrue(score.details().get(0).startsWith("false flag DATE in s, sentence 2"));
  }
}
