package dk.samtalenotat.draft.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dk.samtalenotat.conversation.ParticipantRole;
import dk.samtalenotat.draft.DraftSegment;
import dk.samtalenotat.draft.DraftSentence;
import dk.samtalenotat.draft.NoteSection;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * How far a "not" reaches: "det er ikke sådan, at ..." denies the clause after it, a clause of
 * "before" in a note ("før der træffes en afgørelse") says when, not whether, and a note's "not"
 * denies what it says of its subject, not that the subject is. For each a correct sentence (no
 * flag) and a planted one (the polarity flipped).
 */
class NegationReachCheckTest {

  private static final LocalDate DAY = LocalDate.of(2026, 5, 5);

  private static final List<String> REST =
      List.of(
          "Velkommen. Vi skal tale om, hvordan det går, og hvad der skal ske nu.",
          "Tak. Jeg har været ledig siden februar, efter at bageriet lukkede.",
          "Hvordan går det med at søge job?",
          "Jeg har søgt fire stillinger i butikker i byen den seneste måned.",
          "Har du fået svar fra nogen af dem?",
          "Ja, jeg skal til samtale i en tøjbutik på torsdag.",
          "Hvordan har du det ellers?",
          "Fint. Jeg cykler meget og passer mine børnebørn om fredagen.");

  private static List<DraftSegment> transcript(String... said) {
    List<String> texts = new ArrayList<>(REST);
    texts.addAll(List.of(said));
    List<DraftSegment> list = new ArrayList<>();
    for (int i = 0; i < texts.size(); i++) {
      boolean caseworker = i % 2 == 0;
      list.add(
          new DraftSegment(
              i + 1,
              i * 5000L,
              i * 5000L + 4000,
              caseworker ? "Sagsbehandler" : "Borger",
              caseworker ? ParticipantRole.SAGSBEHANDLER : ParticipantRole.BORGER,
              "da",
              texts.get(i)));
    }
    return list;
  }

  private static List<FactFlag> check(List<DraftSegment> transcript, String text) {
    return UnsupportedFactCheck.check(
        List.of(new DraftSentence(NoteSection.DROEFTET, text, List.of())), transcript, DAY);
  }

  private static void negation(List<FactFlag> flags) {
    assertEquals(1, flags.size(), flags.toString());
    assertEquals(FactKind.NEGATION, flags.get(0).kind(), flags.toString());
  }

  @Test
  void notSoThatDeniesTheClauseAfterIt() {
    List<DraftSegment> said =
        transcript(
            "Har du nogen opsparing?",
            "Ja, lidt. Bliver min opsparing så trukket fra i hjælpen?",
            "Nej, det er ikke sådan, at din opsparing bliver trukket fra i hjælpen.",
            "Godt.");
    assertEquals(
        List.of(),
        check(said, "Sagsbehandler oplyste, at borgers opsparing ikke trækkes fra i hjælpen."));
    negation(check(said, "Sagsbehandler oplyste, at borgers opsparing trækkes fra i hjælpen."));
  }

  @Test
  void aClauseOfBeforeSaysWhenNotWhether() {
    List<DraftSegment> said =
        transcript(
            "Jeg træffer ikke nogen afgørelse i dag.",
            "Okay.",
            "Du får et brev, hvor du kan svare, før vi træffer en afgørelse.",
            "Godt.");
    assertEquals(
        List.of(), check(said, "Borger får et brev og kan svare, før der træffes en afgørelse."));
    negation(check(said, "Sagsbehandler traf en afgørelse i dag."));
  }

  @Test
  void aNotDeniesWhatIsSaidOfTheSubjectNotThatItIs() {
    List<DraftSegment> said =
        transcript(
            "Vi har allerede et møde i kalenderen, onsdag den tiende juni klokken ni her på"
                + " rådhuset. Det er ikke flyttet.",
            "Fint. Og min praktik i genbrugsbutikken fortsætter som nu?",
            "Ja, praktikken i genbrugsbutikken bliver forlænget med fire uger, som vi aftalte.",
            "Godt.");
    assertEquals(
        List.of(),
        check(said, "Mødet onsdag den 10. juni 2026 kl. 9.00 på rådhuset er ikke flyttet."));
    assertEquals(List.of(), check(said, "Praktikken blev ikke ændret."));
    negation(check(said, "Praktikken i genbrugsbutikken bliver ikke forlænget."));
  }
}
