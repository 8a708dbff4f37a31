package dk.samtalenotat.draft.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dk.samtalenotat.conversation.ParticipantRole;
import dk.samtalenotat.draft.DraftSegment;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Polarity said in dialect or in a word's prefix against the note (invented sentences). */
class DialectPolarityCheckTest {

  private static final LocalDate DAY = LocalDate.of(2026, 11, 9);

  private static List<FactKind> check(String[][] said, String sentence) {
    List<DraftSegment> transcript = Transcripts.of(said, Transcripts.roles(ParticipantRole.ANDEN));
    return Transcripts.check(sentence, transcript, DAY).stream()
        .map(FactFlag::kind)
        .distinct()
        .toList();
  }

  @Test
  void sonderjyskItIsNot() {
    String[][] said = {
      {"Sagsbehandler", "Hvordan kommer du ud til værkstedet?"},
      {"Borger", "Så ta'r a æ tog klokken syv."},
      {"Sagsbehandler", "Du har ikke bil endnu?"},
      {"Borger", "Nej, a har it kørekort til bil. Det ka' a it betal' lige nu."}
    };
    // "ikke" does not reach over "og" into a predicate of its own ("og tager toget").
    assertEquals(List.of(), check(said, "Borger har ikke bil og tager toget kl. 7.00."));
    // Without the boundary the "ikke" of the first predicate reached "tager toget" as well.
    assertEquals(List.of(), check(said, "Borger tager toget kl. 7.00."));
  }
}
