package dk.samtalenotat.draft.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
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

  private static List<FactKind> kinds(String[][] said, String sentence) {
    return Transcripts.kindsInATalk(said, sentence, DAY);
  }

  @Test
  void notSoThatDeniesTheClauseAfterIt() {
    String[][] said = {
      {"Sagsbehandler", "Har du nogen opsparing?"},
      {"Borger", "Ja, lidt. Bliver min opsparing så trukket fra i hjælpen?"},
      {"Sagsbehandler", "Nej, det er ikke sådan, at din opsparing bliver trukket fra i hjælpen."},
      {"Borger", "Godt."}
    };
    assertEquals(
        List.of(),
        kinds(said, "Sagsbehandler oplyste, at borgers opsparing ikke trækkes fra i hjælpen."));
    assertEquals(
        List.of(FactKind.NEGATION),
        kinds(said, "Sagsbehandler oplyste, at borgers opsparing trækkes fra i hjælpen."));
  }

  @Test
  void aClauseOfBeforeSaysWhenNotWhether() {
    String[][] said = {
      {"Sagsbehandler", "Jeg træffer ikke nogen afgørelse i dag."},
      {"Borger", "Okay."},
      {"Sagsbehandler", "Du får et brev, hvor du kan svare, før vi træffer en afgørelse."},
      {"Borger", "Godt."}
    };
    assertEquals(
        List.of(), kinds(said, "Borger får et brev og kan svare, før der træffes en afgørelse."));
    assertEquals(List.of(FactKind.NEGATION), kinds(said, "Sagsbehandler traf en afgørelse i dag."));
  }

  @Test
  void aNotDeniesWhatIsSaidOfTheSubjectNotThatItIs() {
    String[][] said = {
      {
        "Sagsbehandler",
        "Vi har allerede et møde i kalenderen, onsdag den tiende juni klokken ni her på rådhuset."
            + " Det er ikke flyttet."
      },
      {"Borger", "Fint. Og min praktik i genbrugsbutikken fortsætter som nu?"},
      {
        "Sagsbehandler",
        "Ja, praktikken i genbrugsbutikken bliver forlænget med fire uger, som vi aftalte."
      },
      {"Borger", "Godt."}
    };
    assertEquals(
        List.of(),
        kinds(said, "Mødet onsdag den 10. juni 2026 kl. 9.00 på rådhuset er ikke flyttet."));
    assertEquals(List.of(), kinds(said, "Praktikken blev ikke ændret."));
    assertEquals(
        List.of(FactKind.NEGATION),
        kinds(said, "Praktikken i genbrugsbutikken bliver ikke forlænget."));
  }

  @Test
  void noLongerDeniesThatItGoesOnNotWhatWasSo() {
    String[][] said = {
      {"Sagsbehandler", "Hvad lavede du, før du blev ledig?"},
      {
        "Borger",
        "Jeg var chauffør hos Vognmand Sørup i elleve år, men det kunne jeg ikke mere, på grund"
            + " af ryggen."
      },
      {"Sagsbehandler", "Og hvor mange børn har du?"},
      {"Borger", "To. De er fire og syv år."}
    };
    assertEquals(
        List.of(),
        kinds(
            said,
            "Borger var chauffør hos Vognmand Sørup i 11 år, men kan ikke længere køre på grund af"
                + " ryggen."));
    assertEquals(List.of(), kinds(said, "Borger har to børn på 4 og 7 år."));
    assertEquals(List.of(FactKind.NEGATION), kinds(said, "Borger har ikke arbejdet som chauffør."));
  }

  @Test
  void aNotAgainstAnObjectionSaysYes() {
    String[][] said = {
      {"Sagsbehandler", "Der er også vagter om weekenden. Hvordan har du det med det?"},
      {
        "Borger",
        "Jeg kan godt arbejde i weekenden, det har jeg ikke noget imod. Min søster henter"
            + " drengene."
      },
      {"Sagsbehandler", "Fint."}
    };
    assertEquals(List.of(), kinds(said, "Borger kan godt arbejde i weekenden."));
    assertEquals(List.of(FactKind.NEGATION), kinds(said, "Borger vil ikke arbejde i weekenden."));
  }

  @Test
  void noDecisionAboutAnAdjectiveAndItsNounLeavesBothOpen() {
    String[][] said = {
      {"Borger", "Jeg vil gerne prøve at starte på nedsat tid."},
      {
        "Sagsbehandler",
        "Det lyder godt. Men det er ikke noget, vi beslutter i dag. Vi tager stilling til delvis"
            + " raskmelding, når speciallægen har set dig."
      },
      {"Borger", "Okay."}
    };
    assertEquals(
        List.of(),
        kinds(
            said,
            "Der blev ikke truffet beslutning om delvis raskmelding, som vurderes, når"
                + " speciallægen har set borger."));
    assertEquals(
        List.of(FactKind.NEGATION),
        kinds(said, "Det blev besluttet, at borger starter delvis raskmelding i dag."));
  }
}
