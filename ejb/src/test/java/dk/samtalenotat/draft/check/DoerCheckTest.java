package dk.samtalenotat.draft.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.samtalenotat.conversation.ParticipantRole;
import dk.samtalenotat.draft.DraftParticipant;
import dk.samtalenotat.draft.DraftSegment;
import dk.samtalenotat.draft.DraftSentence;
import dk.samtalenotat.draft.NoteSection;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Who does what a sentence says: the one who took a task a question offered to either, and the one
 * who says "jeg" did it, not the one the note names as its receiver. For each a planted case and a
 * correct one.
 */
class DoerCheckTest {

  private static final LocalDate DAY = LocalDate.of(2026, 3, 3);

  /** Speaker label, then what was said. */
  private static final String[][] SAID = {
    {"Sagsbehandler", "Vi skal tale om din nye arbejdstid og om fraværet i sidste uge."},
    {"Borger", "Ja. Jeg starter med fire timer om dagen fra mandag."},
    {
      "Sagsbehandler",
      "Din læge skal have besked om arbejdstiden. Vil du ringe til hende, eller skal jeg skrive"
          + " til hende?"
    },
    {"Borger", "Jeg ringer til hende i morgen."},
    {"Sagsbehandler", "Godt. Hvordan fik din leder besked om fraværet om onsdagen?"},
    {"Borger", "Om morgenen skrev jeg en mail til Karin om fraværet."},
    {"Sagsbehandler", "Det var fint, at du gjorde det."}
  };

  private static List<DraftSegment> transcript() {
    return Transcripts.of(SAID, Transcripts.roles(ParticipantRole.BORGER));
  }

  private static List<FactFlag> check(String text) {
    return Transcripts.check(text, transcript(), DAY);
  }

  private static void attribution(List<FactFlag> flags) {
    assertTrue(flags.stream().anyMatch(f -> f.kind() == FactKind.ATTRIBUTION), flags.toString());
  }

  @Test
  void aTaskOfferedToEitherIsDoneByTheOneWhoTookIt() {
    assertEquals(List.of(), check("Borger ringer til lægen om den nye arbejdstid."));
    attribution(check("Sagsbehandler skriver til lægen om den nye arbejdstid."));
  }

  @Test
  void whoSaysJegDidItDidItNotTheOneTheNoteNamesAsReceiver() {
    assertEquals(List.of(), check("Borger skrev en mail til lederen om fraværet om morgenen."));
    attribution(check("Lederen skrev en mail til borger om fraværet om morgenen."));
  }

  @Test
  void aCleftNamesWhoTookTheInitiative() {
    String[][] said = {
      {"Sagsbehandler", "Velkommen til jer begge. Vi skal tale om uddannelsen og om praktikken."},
      {"Borger", "Ja. Jeg var på besøg på skolen i torsdags til åbent hus sammen med Karsten."},
      {
        "Mentor",
        "Det skal lige siges, at det var Sofie selv, der spurgte, om vi kunne tage derud. Det var"
            + " ikke mig, der foreslog det."
      },
      {"Sagsbehandler", "Hvor godt. Hvad syntes du om værkstederne?"},
      {"Borger", "De var fede. Jeg vil gerne være tømrer."},
      {"Sagsbehandler", "Så skal vi finde en praktik hos en tømrer i foråret."},
      {"Mentor", "Jeg kender en mester i byen, som tager elever."}
    };
    List<DraftSegment> transcript = Transcripts.of(said, Transcripts.roles(ParticipantRole.MENTOR));
    List<DraftParticipant> people =
        List.of(
            new DraftParticipant("Sofie Lund", ParticipantRole.BORGER),
            new DraftParticipant("Karsten Holm", ParticipantRole.MENTOR));
    FactCheckContext context = new FactCheckContext(transcript, DAY, people);
    assertEquals(
        List.of(),
        UnsupportedFactCheck.check(
            sentence("Borger tog selv initiativ til besøget på åbent hus."), context));
    attribution(
        UnsupportedFactCheck.check(
            sentence("Mentor tog initiativ til besøget på åbent hus."), context));
  }

  @Test
  void aCleftOfAnotherDeedNamesNoOneForTheOffer() {
    String[][] said = {
      {
        "Sagsbehandler",
        "Jeg vil gerne tilbyde dig en mentor, som kan hjælpe dig med struktur på dagen."
      },
      {"Bisidder", "Det synes jeg lyder godt."},
      {
        "Sagsbehandler",
        "Det er Sofie, der skal ringe til mentoren og aftale, hvordan hun får struktur på dagen."
      },
      {"Borger", "Okay, det gør jeg."}
    };
    List<DraftSegment> transcript =
        Transcripts.of(
            Transcripts.withTheRestOfATalk(said), Transcripts.roles(ParticipantRole.BISIDDER));
    List<DraftParticipant> people =
        List.of(
            new DraftParticipant("Sofie Lund", ParticipantRole.BORGER),
            new DraftParticipant("Ib Lund", ParticipantRole.BISIDDER));
    FactCheckContext context = new FactCheckContext(transcript, DAY, people);
    // "Det er Sofie, der skal ringe" names who calls, not who offered the mentor.
    assertEquals(
        List.of(),
        UnsupportedFactCheck.check(
            sentence("Sagsbehandler tilbød borger en mentor til hjælp med struktur på dagen."),
            context));
  }

  private static List<DraftSentence> sentence(String text) {
    return List.of(new DraftSentence(NoteSection.DROEFTET, text, List.of()));
  }
}
