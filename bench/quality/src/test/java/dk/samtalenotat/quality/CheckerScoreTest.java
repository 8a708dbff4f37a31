package dk.samtalenotat.quality;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dk.samtalenotat.draft.DraftSentence;
import dk.samtalenotat.draft.NoteSection;
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
    score.planted(date, List.of(flag(2, "DATE")));
    score.planted(date, List.of(flag(2, "WEEKDAY")));
    score.planted(date, List.of(flag(1, "DATE"), flag(3, "DATE")));
    score.planted(date, List.of());
    CheckerScore.KindCount c = score.byKind().get("DATE");
    assertEquals(4, c.planted());
    assertEquals(2, c.flagged());
    assertEquals(1, c.rightKind());
    assertEquals(4, score.planted());
    assertEquals(2, score.flagged());
    assertEquals(0, score.byKind().get("NAME").planted());
  }

  @Test
  void everyFlagOnACorrectDraftIsFalse() {
    List<DraftSentence> draft =
        List.of(
            new DraftSentence(NoteSection.FORMAAL, "a", List.of(1)),
            new DraftSentence(NoteSection.DROEFTET, "b", List.of(2)),
            new DraftSentence(NoteSection.AFTALER, "c", List.of(3)));
    CheckerScore score = new CheckerScore();
    score.correct(draft, List.of(flag(1, "DATE"), flag(1, "TIME")));
    score.correct(draft, List.of());
    assertEquals(2, score.correctDrafts());
    assertEquals(6, score.correctSentences());
    assertEquals(2, score.falseFlags());
    assertEquals(1, score.falselyFlaggedSentences());
    assertEquals(1, score.draftsWithFalseFlags());
  }
}
