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

/** Agreement sentences: each thing agreed must have been agreed, not only mentioned nearby. */
class AgreementCheckTest {

  private static final LocalDate DAY = LocalDate.of(2026, 5, 4);

  private static final List<DraftSegment> TRANSCRIPT =
      segments(
          "Hvordan går det med træningen og jobsøgningen?",
          "Jeg går til genoptræning hver mandag på en henvisning fra lægen, og jeg har søgt job som"
              + " bager hos Bageriet Kornet.",
          "Så aftaler vi, at du fortsætter med genoptræningen, og at du søger to stillinger om"
              + " ugen.",
          "Ja, det gør jeg.");

  private static List<DraftSegment> segments(String... texts) {
    List<DraftSegment> list = new ArrayList<>();
    for (int i = 0; i < texts.length; i++) {
      list.add(
          new DraftSegment(
              i + 1,
              i * 5000L,
              i * 5000L + 4000,
              i % 2 == 0 ? "Sagsbehandler" : "Borger",
              i % 2 == 0 ? ParticipantRole.SAGSBEHANDLER : ParticipantRole.BORGER,
              "da",
              texts[i]));
    }
    return list;
  }

  private static List<FactFlag> check(NoteSection section, String text, Integer... cited) {
    return UnsupportedFactCheck.check(
        List.of(new DraftSentence(section, text, List.of(cited))), TRANSCRIPT, DAY);
  }

  @Test
  void anAgreementAsSummedUpHasNoFlag() {
    assertEquals(
        List.of(),
        check(
            NoteSection.AFTALER,
            "Det blev aftalt, at borger fortsætter med genoptræningen og søger to stillinger om"
                + " ugen.",
            3,
            4));
  }

  @Test
  void aReasonGivenIsNoAgreement() {
    // "skal" in the next steps states an agreement, but not in a clause that gives a reason.
    assertEquals(
        List.of(),
        check(
            NoteSection.NAESTE_SKRIDT,
            "Mandag passede ikke, da borger skal til samtale om et job som bager hos Bageriet"
                + " Kornet.",
            3));
    assertEquals(
        List.of(FactKind.AGREEMENT),
        check(
                NoteSection.NAESTE_SKRIDT,
                "Borger skal tage imod et job som bager hos Bageriet Kornet.",
                3)
            .stream()
            .map(FactFlag::kind)
            .toList());
  }

  @Test
  void somethingMentionedBeforeTheAgreementWasNotAgreed() {
    List<FactFlag> flags =
        check(
            NoteSection.AFTALER,
            "Det blev aftalt, at borger fortsætter med genoptræningen og tager imod et job som"
                + " bager hos Bageriet Kornet.",
            3);
    assertEquals(List.of(FactKind.AGREEMENT), flags.stream().map(FactFlag::kind).toList());
  }

  @Test
  void aPlanWithAnAddedStepIsFlagged() {
    List<FactFlag> flags =
        check(
            NoteSection.NAESTE_SKRIDT,
            "Planen er, at borger søger to stillinger om ugen og får en ny henvisning fra lægen.",
            3,
            4);
    assertEquals(
        List.of(FactKind.AGREEMENT), flags.stream().map(FactFlag::kind).toList(), flags.toString());
  }
}
