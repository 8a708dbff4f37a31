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

  /** The rest of the conversation, so that the words of a test weigh as in a real one. */
  private static final String[][] REST = {
    {"Sagsbehandler", "Velkommen. Vi skal tale om din situation og om, hvad der skal ske nu."},
    {"Borger", "Tak. Jeg har været ledig siden foråret og har søgt mange stillinger."},
    {"Sagsbehandler", "Hvordan går det med helbredet for tiden?"},
    {"Borger", "Det går fremad. Jeg går til fysioterapi hver uge, og lægen er tilfreds."}
  };

  private static List<FactKind> check(String[][] said, String sentence) {
    String[][] all =
        java.util.stream.Stream.concat(java.util.Arrays.stream(REST), java.util.Arrays.stream(said))
            .toArray(String[][]::new);
    List<DraftSegment> transcript = Transcripts.of(all, Transcripts.roles(ParticipantRole.ANDEN));
    return Transcripts.kinds(sentence, transcript, DAY);
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

  @Test
  void aQuestionAskedWithoutAQuestionMarkAssertsNothing() {
    String[][] said = {
      {"Sagsbehandler", "Jeg vil også spørge, om du kunne bruge en jobkonsulent i starten."},
      {"Borger", "Nej, det tror jeg ikke. Min bror hjælper mig."}
    };
    assertEquals(
        List.of(FactKind.NEGATION), check(said, "Borger kunne bruge en jobkonsulent i starten."));
    assertEquals(List.of(), check(said, "Borger ønskede ikke en jobkonsulent i starten."));
  }
}
