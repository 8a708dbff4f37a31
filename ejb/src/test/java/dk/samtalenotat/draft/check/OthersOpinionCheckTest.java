package dk.samtalenotat.draft.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.samtalenotat.conversation.ParticipantRole;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What a speaker tells of someone else's view ("min mor synes, at jeg skal ...") is that one's
 * view, not the speaker's own wish: a planted case and a correct one.
 */
class OthersOpinionCheckTest {

  private static final LocalDate DAY = LocalDate.of(2026, 3, 3);

  private static final String[][] SAID = {
    {"Sagsbehandler", "Velkommen. Vi skal tale om praktikken og om dine timer."},
    {"Borger", "Ja. Praktikken i børnehaven går godt, jeg er glad for børnene."},
    {"Sagsbehandler", "Hvad tænker du om flere timer efter nytår?"},
    {
      "Borger",
      "Min kæreste synes, at jeg skal vente til sommerferien med flere timer, fordi han skifter"
          + " job."
    },
    {"Sagsbehandler", "Det forstår jeg. Hvordan går det med dansken?"},
    {"Borger", "Jeg går til undervisning tirsdag og torsdag aften på sprogskolen."},
    {"Sagsbehandler", "Godt. Vi ses igen i februar."}
  };

  private static List<FactFlag> check(String text) {
    return Transcripts.check(
        text, Transcripts.of(SAID, Transcripts.roles(ParticipantRole.ANDEN)), DAY);
  }

  @Test
  void aViewReportedOfSomeoneElseIsTheirsNotTheSpeakersOwn() {
    assertEquals(
        List.of(),
        check(
            "Borger oplyste, at hendes kæreste mener, at hun skal vente til sommerferien med flere"
                + " timer."));
    List<FactFlag> flags = check("Borger ønsker selv at vente til sommerferien med flere timer.");
    assertTrue(flags.stream().anyMatch(f -> f.kind() == FactKind.ATTRIBUTION), flags.toString());
  }
}
