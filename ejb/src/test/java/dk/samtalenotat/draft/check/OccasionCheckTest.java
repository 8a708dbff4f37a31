package dk.samtalenotat.draft.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.samtalenotat.conversation.ParticipantRole;
import dk.samtalenotat.draft.DraftSegment;
import dk.samtalenotat.draft.DraftSentence;
import dk.samtalenotat.draft.NoteSection;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Polarity read against the occasion it is about: a clause of time states nothing, a "no" for today
 * leaves a later day open, a past day's "no" says nothing of the next steps, and an answer that
 * denies with "det" denies what was asked. For each rule a planted case and a correct one.
 */
class OccasionCheckTest {

  /** A Tuesday. */
  private static final LocalDate DAY = LocalDate.of(2026, 3, 3);

  private static List<DraftSegment> transcript(String[][] said) {
    return Transcripts.of(said, Transcripts.roles(ParticipantRole.BORGER));
  }

  private static List<FactFlag> check(
      NoteSection section, String text, List<DraftSegment> transcript) {
    return UnsupportedFactCheck.check(
        List.of(new DraftSentence(section, text, List.of())), transcript, DAY);
  }

  private static void negation(List<FactFlag> flags) {
    assertTrue(flags.stream().anyMatch(f -> f.kind() == FactKind.NEGATION), flags.toString());
  }

  private static final String[][] GLASSES = {
    {"Sagsbehandler", "Vi skal tale om dine nye briller og om dit arbejde på lageret."},
    {"Borger", "Ja. Jeg har regningen fra optikeren med i dag."},
    {
      "Sagsbehandler",
      "Jeg godkender ikke tilskuddet til brillerne i dag. Jeg skal først se recepten."
    },
    {"Borger", "Okay. Må jeg bruge de gamle briller så længe?"},
    {"Sagsbehandler", "Ja, du bruger dem som hidtil. Send mig recepten i Digital Post."},
    {"Borger", "Det gør jeg i aften. Hvornår ses vi igen?"},
    {"Sagsbehandler", "Vi ses tirsdag den 10. marts klokken ni her på kontoret."}
  };

  @Test
  void aClauseOfTimeStatesNothingEitherWay() {
    List<DraftSegment> said = transcript(GLASSES);
    assertEquals(
        List.of(),
        check(
            NoteSection.DROEFTET,
            "Borger bruger de gamle briller, indtil tilskuddet til brillerne er godkendt.",
            said));
    negation(
        check(NoteSection.DROEFTET, "Sagsbehandler godkendte tilskuddet til brillerne.", said));
  }

  @Test
  void aNoForTodayLeavesALaterDayOpen() {
    List<DraftSegment> said = transcript(GLASSES);
    assertEquals(
        List.of(),
        check(
            NoteSection.DROEFTET,
            "Sagsbehandler ser på sagen igen tirsdag den 10. marts 2026, hvor tilskuddet til"
                + " brillerne godkendes.",
            said));
    negation(
        check(
            NoteSection.DROEFTET, "Sagsbehandler godkendte i dag tilskuddet til brillerne.", said));
  }

  @Test
  void aPastDaysNoSaysNothingOfTheNextSteps() {
    List<DraftSegment> said =
        transcript(
            new String[][] {
              {"Sagsbehandler", "Vi skal tale om dit CV og om dine ansøgninger."},
              {"Borger", "Ja, jeg har skrevet tre ansøgninger siden sidst."},
              {"Sagsbehandler", "Hvilke stillinger har du søgt?"},
              {"Borger", "To i en børnehave og en på et plejecenter i Nordby."},
              {"Sagsbehandler", "Har du fået svar fra nogen af dem?"},
              {"Borger", "Plejecentret har ringet, og jeg skal til samtale på fredag."},
              {"Sagsbehandler", "Du kom ikke til workshoppen torsdag den 26. februar."},
              {"Borger", "Nej, jeg havde feber hele ugen."},
              {"Sagsbehandler", "Den næste er torsdag den 12. marts, og der skal du deltage."},
              {"Borger", "Må min mor komme med? Hun hjælper mig med CV'et."},
              {"Sagsbehandler", "Ja, det må hun gerne."}
            });
    assertEquals(
        List.of(),
        check(NoteSection.NAESTE_SKRIDT, "Borgers mor må være med til workshoppen.", said));
    negation(
        check(
            NoteSection.DROEFTET,
            "Borger kom til workshoppen torsdag den 26. februar 2026.",
            said));
  }

  @Test
  void anAnswerThatDeniesWithDetDeniesWhatWasAsked() {
    List<DraftSegment> said =
        transcript(
            new String[][] {
              {"Sagsbehandler", "Hvordan går det med tanden, og hvad siger tandlægen?"},
              {"Borger", "Den gør stadig ondt, men jeg har fået penicillin."},
              {"Sagsbehandler", "Ringede du til tandlægen om en ny tid?"},
              {"Borger", "Det glemte jeg om onsdagen. Om torsdagen ringede jeg så."},
              {"Sagsbehandler", "Godt, du ringede til tandlægen torsdag. Hvornår er tiden?"},
              {"Borger", "Den er på fredag klokken ni."}
            });
    assertEquals(
        List.of(),
        check(
            NoteSection.BORGERENS_SITUATION,
            "Borger ringede ikke til tandlægen om onsdagen, men borger ringede om torsdagen.",
            said));
    List<DraftSegment> denied =
        transcript(
            new String[][] {
              {"Sagsbehandler", "Hvordan går det med tanden, og hvad siger tandlægen?"},
              {"Borger", "Den gør stadig ondt, men jeg har fået penicillin."},
              {"Sagsbehandler", "Ringede du til tandlægen om en ny tid?"},
              {"Borger", "Det glemte jeg, desværre."}
            });
    negation(
        check(
            NoteSection.BORGERENS_SITUATION,
            "Borger har ringet til tandlægen om en ny tid.",
            denied));
  }

  @Test
  void anAnswerThatDeniesAQualityDeniesWhatTheQuestionReferredTo() {
    List<DraftSegment> said =
        transcript(
            new String[][] {
              {"Sagsbehandler", "Hvordan går det med genoptræningen?"},
              {"Borger", "Fint. Jeg træner to gange om ugen hos fysioterapeuten."},
              {"Sagsbehandler", "Og hvad siger din læge om skulderen?"},
              {"Borger", "Hun mener, at jeg kan starte op på nedsat tid om en måned."},
              {"Sagsbehandler", "Det lyder godt. Har du talt med din arbejdsgiver om det?"},
              {"Borger", "Ja, han vil gerne have mig tilbage på lageret."},
              {"Sagsbehandler", "Er der mere, du vil tage op i dag?"},
              {"Borger", "Jeg har læst om en mentorordning. Er det noget for mig?"},
              {"Sagsbehandler", "Det er ikke nødvendigt nu. Du er kun sygemeldt et par uger."},
              {"Borger", "Okay, det lyder fornuftigt."}
            });
    assertEquals(
        List.of(),
        check(
            NoteSection.DROEFTET,
            "Borger spurgte til en mentorordning, og sagsbehandler vurderede, at en"
                + " mentorordning ikke er nødvendig nu.",
            said));
    negation(
        check(
            NoteSection.DROEFTET,
            "Borger spurgte til en mentorordning, og sagsbehandler vurderede, at en"
                + " mentorordning er nødvendig.",
            said));
  }
}
