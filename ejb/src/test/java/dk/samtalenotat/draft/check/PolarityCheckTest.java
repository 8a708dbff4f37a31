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
 * Negation read as a caseworker writes it: over the whole sentence, through decimal numbers,
 * conditions and joined clauses. For each rule a planted case (the polarity flipped) and a correct
 * one.
 */
class PolarityCheckTest {

  private static final LocalDate DAY = LocalDate.of(2026, 3, 3);

  /** The rest of the conversation: what it says is about other things. */
  private static final List<String> REST =
      List.of(
          "Velkommen. Vi skal tale om din situation og om, hvad der skal ske nu.",
          "Tak. Jeg har været sygemeldt siden januar med ondt i ryggen.",
          "Hvordan går det med genoptræningen hos fysioterapeuten?",
          "Det går fremad. Jeg cykler hver dag til træning, og lægen er tilfreds.",
          "Har du talt med din arbejdsplads om at starte op igen?",
          "Ja, min chef på lageret vil gerne have mig tilbage på nedsat tid.");

  /** The caseworker and the citizen in turn: the conversation's rest, then what is said. */
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
        List.of(new DraftSentence(NoteSection.BORGERENS_SITUATION, text, List.of())),
        transcript,
        DAY);
  }

  private static void negation(List<FactFlag> flags) {
    assertEquals(1, flags.size(), flags.toString());
    assertEquals(FactKind.NEGATION, flags.get(0).kind(), flags.toString());
  }

  @Test
  void aNegatedVerbOfThinkingNegatesTheClauseItIntroducesInTheNoteToo() {
    List<DraftSegment> said =
        transcript(
            "Din mor nævnte skolen. Hvordan var det med lektierne?",
            "Jeg tror altså ikke, jeg har brug for lektiehjælp. Jeg har bare svært ved at"
                + " koncentrere mig.");
    assertEquals(
        List.of(),
        check(said, "Borger oplyste, at han ikke selv mener, at han har brug for lektiehjælp."));
    negation(check(said, "Borger oplyste, at han selv mener, at han har brug for lektiehjælp."));
  }

  @Test
  void aVerbThatSaysNotItselfIsReadAsNegatedUpToItsReason() {
    List<DraftSegment> said =
        transcript(
            "Du kom ikke til holdstarten i onsdags.",
            "Nej, min søn fik feber om natten, så jeg blev hjemme hos ham.");
    assertEquals(
        List.of(),
        check(said, "Borger udeblev fra holdstarten i onsdags, fordi hans søn fik feber."));
    negation(check(said, "Borger kom til holdstarten i onsdags."));
  }

  @Test
  void theCommaOfADecimalNumberEndsNoClause() {
    List<DraftSegment> said =
        transcript(
            "Hvor længe kan du stå ved disken?",
            "Jeg kan ikke stå ved disken i to en halv time. Jeg skal kunne sætte mig.");
    assertEquals(List.of(), check(said, "Borger kan ikke stå ved disken i 2,5 time."));
    negation(check(said, "Borger kan godt stå ved disken i 2,5 time."));
  }

  @Test
  void whatAConditionJoinedWithOgSaysIsNoStatement() {
    List<DraftSegment> said =
        transcript(
            "Revurderingen er først aktuel i starten af maj for dig, og hvis du kommer op i tid,"
                + " som planen er, så bliver revurderingen nok ikke aktuel.",
            "Godt.");
    assertEquals(
        List.of(), check(said, "Revurderingen bliver først aktuel i starten af maj 2026."));
    negation(check(said, "Revurderingen er ikke aktuel i starten af maj 2026."));
  }

  @Test
  void aPassiveVerbAfterOgOpensAClauseOfItsOwn() {
    List<DraftSegment> said =
        transcript(
            "Flere timer aftaler vi ikke i dag. Vi tager timerne op til næste samtale.", "Okay.");
    assertEquals(
        List.of(), check(said, "Flere timer blev ikke aftalt og tages op ved næste samtale."));
    negation(check(said, "Flere timer blev aftalt og tages op ved næste samtale."));
  }

  @Test
  void aVerbOfThinkingCarriesNoPolarityOfItsOwn() {
    List<DraftSegment> said =
        transcript(
            "Vidste de det på handelsskolen?",
            "Jeg tror ikke, de vidste det på handelsskolen. Jeg sagde det aldrig til lærerne.");
    assertEquals(List.of(), check(said, "Borger tror, at de ikke vidste det på handelsskolen."));
    negation(check(said, "Borger tror, at de vidste det på handelsskolen."));
  }

  @Test
  void anAnswerThatOpensWithIkkeDeniesAYesNoQuestionOnly() {
    List<DraftSegment> said =
        transcript(
            "Har du lagt ansøgningerne ind i joblogen på Jobnet?",
            "Øh, de fleste. Ikke den sidste ansøgning, tror jeg. Den gør jeg i aften.",
            "Godt. Og hvad har du lavet i weekenden?",
            "Ikke så meget. Jeg har hjulpet min morbror med flytningen.",
            "Du lægger den sidste ansøgning ind i joblogen i aften.",
            "Ja.");
    assertEquals(
        List.of(),
        check(
            said,
            "Borger oplyste, at den sidste ansøgning endnu ikke er lagt ind i joblogen på"
                + " Jobnet."));
    assertEquals(
        List.of(),
        check(
            said,
            "Adspurgt, hvad borger har lavet i weekenden, svarede borger: ikke så meget, borger"
                + " har hjulpet sin morbror med flytningen."));
  }

  @Test
  void whatFollowsAReportedConditionStatesNothing() {
    List<DraftSegment> said =
        transcript(
            "Jeg kan ikke godkende kurset i dag.",
            "Okay.",
            "Hvis skolen mailer tilbuddet til os, så kigger min leder på det, og så godkender vi"
                + " kurset.",
            "Det gør de.");
    assertEquals(
        List.of(),
        check(
            said,
            "Sagsbehandler oplyste, at hvis skolen mailer tilbuddet, så kigger lederen på det, og"
                + " så godkendes kurset."));
    negation(check(said, "Sagsbehandler oplyste, at kurset godkendes i dag."));
  }

  @Test
  void notDecidedIsNotTheOppositeOfDecidedLater() {
    List<DraftSegment> said =
        transcript(
            "Hjælpemiddelcentralen kommer først ud og måler op. Kørestolen bevilger vi senere.",
            "Det er fint. Jeg har allerede fået en ny seng fra hjælpemiddelcentralen.");
    assertEquals(List.of(), check(said, "Kørestolen blev ikke bevilget."));
    // A "no" against what was said without a later time is still the opposite.
    negation(check(said, "Borger har ikke fået en ny seng fra hjælpemiddelcentralen."));
  }

  @Test
  void aNoLimitedToTheConversationLeavesLaterOpen() {
    List<DraftSegment> said =
        transcript(
            "Hvad sker der så med kørestolen?",
            "Visitationen bevilger kørestolen, når de har dine papirer.",
            "Så sender jeg papirerne.",
            "Okay.");
    assertEquals(List.of(), check(said, "Kørestolen kunne ikke bevilges under samtalen."));
    negation(check(said, "Visitationen bevilger ikke kørestolen."));
  }

  @Test
  void aTaskWithADeadlineSaysItIsNotDoneYet() {
    List<DraftSegment> said =
        transcript(
            "Hvad mangler der i din ansøgning?",
            "Det ved jeg ikke.",
            "Du skriver førstehjælpskurset ind i ansøgningen inden fredag den 13. marts.",
            "Ja.");
    assertEquals(List.of(), check(said, "Borgers ansøgning nævner ikke hans førstehjælpskursus."));
    negation(
        check(
            said,
            "Borger skriver ikke førstehjælpskurset ind i ansøgningen inden fredag den 13."
                + " marts."));
  }

  @Test
  void aNegatedWishNegatesTheAtClauseItGoverns() {
    List<DraftSegment> said =
        transcript(
            "Må jeg sende dine journaler fra psykiatrien videre til jobcentrets lægekonsulent?",
            "Nej, jeg vil ikke have, at lægekonsulenten får mine journaler fra psykiatrien.");
    assertEquals(
        List.of(),
        check(said, "Borger ønsker, at lægekonsulenten ikke får hans journaler fra psykiatrien."));
    negation(check(said, "Borger ønsker, at lægekonsulenten får hans journaler fra psykiatrien."));
  }
}
