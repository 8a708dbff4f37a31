package dk.samtalenotat.quality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dk.samtalenotat.draft.DraftSentence;
import dk.samtalenotat.draft.NoteSection;
import java.util.List;
import org.junit.jupiter.api.Test;

class PlantedErrorTest {

  private static final List<DraftSentence> DRAFT =
      List.of(
          new DraftSentence(NoteSection.FORMAAL, "Formålet var jobsøgning.", List.of(1)),
          new DraftSentence(
              NoteSection.NAESTE_SKRIDT, "Næste samtale er den 14. april kl. 9.", List.of(20, 21)));

  @Test
  void changesOnlyTheNamedSentenceAndKeepsItsCitations() {
    List<DraftSentence> planted =
        new PlantedError("DATE", 2, "14. april", "21. april").applyTo(DRAFT);
    assertEquals(DRAFT.get(0), planted.get(0));
    assertEquals("Næste samtale er den 21. april kl. 9.", planted.get(1).text());
    assertEquals(List.of(20, 21), planted.get(1).citations());
    assertEquals(NoteSection.NAESTE_SKRIDT, planted.get(1).section());
    assertEquals(1, new PlantedError("DATE", 2, "14. april", "21. april").index());
  }

  @Test
  void refusesTextThatIsNotInTheSentenceExactlyOnce() {
    assertThrows(
        IllegalArgumentException.class,
        () -> new PlantedError("TIME", 1, "kl. 9", "kl. 10").applyTo(DRAFT));
    List<DraftSentence> twice =
        List.of(new DraftSentence(NoteSection.DROEFTET, "kl. 9 og kl. 9", List.of()));
    assertThrows(
        IllegalArgumentException.class,
        () -> new PlantedError("TIME", 1, "kl. 9", "kl. 10").applyTo(twice));
    assertThrows(
        IllegalArgumentException.class,
        () -> new PlantedError("TIME", 3, "kl. 9", "kl. 10").applyTo(DRAFT));
  }

  @Test
  void refusesUnknownKindsAndNoChange() {
    assertThrows(IllegalArgumentException.class, () -> new PlantedError("COLOUR", 1, "a", "b"));
    assertThrows(IllegalArgumentException.class, () -> new PlantedError("DATE", 1, "a", "a"));
  }
}
