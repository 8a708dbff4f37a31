package dk.samtalenotat.conversation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.samtalenotat.draft.DraftParticipant;
import dk.samtalenotat.draft.DraftSegment;
import dk.samtalenotat.draft.DraftSentence;
import dk.samtalenotat.draft.NoteSection;
import dk.samtalenotat.draft.check.FactCheckContext;
import dk.samtalenotat.draft.check.FactFlag;
import dk.samtalenotat.draft.check.FactKind;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class DraftEditTest {

  private static final FactCheckContext CONTEXT =
      new FactCheckContext(
          List.of(
              new DraftSegment(
                  1,
                  0,
                  4000,
                  "Borger",
                  ParticipantRole.BORGER,
                  "da",
                  "Jeg har søgt otte stillinger den sidste måned.")),
          LocalDate.of(2026, 3, 12),
          List.of(new DraftParticipant("Ali Hassan", ParticipantRole.BORGER)));

  private static DraftEdit edit(String sentence) {
    return DraftEdit.of(
        2,
        "## Borgerens situation\n" + sentence,
        List.of(new DraftSentence(NoteSection.BORGERENS_SITUATION, sentence, List.of())),
        CONTEXT);
  }

  @Test
  void anEditIsNeverStoredUnchecked() {
    DraftEdit edit = edit("Borger oplyste, at han har søgt 8 stillinger den sidste måned.");
    assertThrows(IllegalStateException.class, edit::flags);
    assertEquals(List.of(), edit.check().flags());
  }

  @Test
  void theCheckSeesTheTranscriptTheEditWasReadWith() {
    List<FactFlag> flags =
        edit("Borger oplyste, at han har søgt 12 stillinger den sidste måned.").check().flags();
    assertTrue(flags.stream().anyMatch(f -> f.kind() == FactKind.NUMBER), flags::toString);
  }

  @Test
  void anUnchangedEditSavesNothing() {
    DraftEdit unchanged = DraftEdit.unchanged(3);
    assertFalse(unchanged.changed());
    assertEquals(3, unchanged.basedOn());
    assertTrue(edit("Borger oplyste, at han har søgt 8 stillinger.").changed());
  }
}
