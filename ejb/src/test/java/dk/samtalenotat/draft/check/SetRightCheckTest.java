package dk.samtalenotat.draft.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What the talk sets right, and whose a name and a deed are: a belief someone held and the talk set
 * right asserts nothing, nor does a question an interpreter relays; a place whose name opens with a
 * common noun ("Lægehuset Kirkebakken") is no person's name; a citizen who "bliver tilbudt"
 * something receives it. Each with a planted case and a correct one.
 */
class SetRightCheckTest {

  private static final LocalDate DAY = LocalDate.of(2026, 4, 14);

  /** An interpreted conversation about a placement, and a belief the caseworker set right. */
  private static final String[][] PLACEMENT = {
    {"Sagsbehandler", "Praktikken i Havnekantinen er tolv timer om ugen, fra den fjerde maj."},
    {"Tolk", "Han spørger, hvor meget han får om måneden."},
    {
      "Tolk",
      "Jeg vil lige sige noget som tolk. Han har forstået praktikken som et almindeligt arbejde"
          + " med løn."
    },
    {
      "Sagsbehandler",
      "Godt, du siger det. Det er ikke et almindeligt arbejde med løn. Det er en"
          + " virksomhedspraktik, så han beholder sin ydelse fra kommunen."
    },
    {"Tolk", "Nu forstår jeg det. Det er i orden."}
  };

  /** An interpreter relays a question, and the caseworker answers it. */
  private static final String[][] RELAYED = {
    {"Sagsbehandler", "Praktikken i Havnekantinen er tolv timer om ugen, fra den fjerde maj."},
    {"Tolk", "Han spørger, hvor meget løn han får for arbejdet i kantinen."},
    {"Sagsbehandler", "Han får ikke løn for arbejdet i kantinen. Han beholder sin ydelse."},
    {"Tolk", "Nu forstår jeg det. Det er i orden."}
  };

  /** A telephone follow-up: a doctor's practice named in a question, the doctor in the answer. */
  private static final String[][] DOCTOR = {
    {"Sagsbehandler", "Vi har fået lægeerklæringen. Den er fra Lægehuset Kirkebakken, ikke?"},
    {"Borger", "Jo, det er Mette Bruun, hun er min læge."},
    {
      "Sagsbehandler",
      "Erklæringen anbefaler en gradvis opstart med ti timer om ugen de første fire uger."
    },
    {"Borger", "Ja, det passer med det, hun sagde til mig."}
  };

  /** A job interview and a course, and what the caseworker says happens if the job comes first. */
  private static final String[][] COURSE = {
    {"Borger", "Jeg har været til samtale hos Nordby Emballage i sidste uge."},
    {"Sagsbehandler", "Og kurset hos AMU Vest starter den fjerde maj."},
    {
      "Sagsbehandler",
      "Hvis Nordby Emballage ringer og tilbyder dig jobbet, inden kurset starter, så tager du"
          + " selvfølgelig jobbet. Så finder vi ud af kurset bagefter."
    },
    {"Borger", "Ja, det lyder fornuftigt."}
  };

  /** A placement read back, its start day and its contact person denied by the citizen. */
  private static final String[][] READ_BACK = {
    {
      "Sagsbehandler",
      "Jeg læser lige op. Du starter i praktik hos Fabers Cykler tirsdag den tredje marts, og –"
    },
    {
      "Borger",
      "– nej, det er ikke den tredje. Ejeren sagde tirsdag den tiende, fordi de holder lukket i"
          + " uge ti."
    },
    {"Sagsbehandler", "Nå. Så tirsdag den tiende marts. Din kontaktperson er Bjarne Kvistgaard."},
    {"Borger", "Øh, nej, det tror jeg ikke passer. Det var en kvinde, der viste mig rundt."},
    {"Borger", "Henny Faurskov, hed hun. Hun er værkfører."},
    {"Sagsbehandler", "Ja, undskyld. Henny Faurskov er din kontaktperson."}
  };

  /** An interview read back on the wrong weekday, which the citizen denies. */
  private static final String[][] INTERVIEW = {
    {
      "Sagsbehandler",
      "Du har jobsamtale hos Krogholm Maskinstation onsdag den femogtyvende marts klokken ti."
    },
    {"Borger", "Nej, vent – det er ikke onsdag. Det er torsdag. Torsdag den sjetteogtyvende."},
    {"Sagsbehandler", "Torsdag den sjetteogtyvende marts klokken ti. Tak, så retter jeg det."}
  };

  private static List<FactKind> kinds(String[][] said, String sentence) {
    return Transcripts.kindsInATalk(said, sentence, DAY);
  }

  @Test
  void aDayOrANameTheOtherPartyDeniesIsTakenBack() {
    assertEquals(
        List.of(FactKind.UNCORRECTED),
        kinds(READ_BACK, "Borger starter i praktik hos Fabers Cykler tirsdag den 3. marts 2026."));
    assertEquals(
        List.of(),
        kinds(READ_BACK, "Borger starter i praktik hos Fabers Cykler tirsdag den 10. marts 2026."));
    assertEquals(
        List.of(FactKind.UNCORRECTED),
        kinds(READ_BACK, "Borgers kontaktperson i praktikken er Bjarne Kvistgaard."));
    assertEquals(
        List.of(), kinds(READ_BACK, "Borgers kontaktperson i praktikken er Henny Faurskov."));
  }

  @Test
  void aWeekdayDeniedTakesItsDateBackUnlessTheNoteTellsTheCorrection() {
    assertEquals(
        List.of(FactKind.UNCORRECTED),
        kinds(INTERVIEW, "Borger har jobsamtale hos Krogholm Maskinstation onsdag den 25. marts."));
    assertEquals(
        List.of(),
        kinds(
            INTERVIEW, "Borger har jobsamtale hos Krogholm Maskinstation torsdag den 26. marts."));
    // The value corrected, named as what was corrected, is no statement of it.
    assertEquals(
        List.of(),
        kinds(
            INTERVIEW,
            "Borger rettede datoen for jobsamtalen fra onsdag den 25. marts til torsdag den 26."
                + " marts."));
  }

  @Test
  void aBeliefTheTalkSetRightAssertsNothing() {
    assertEquals(
        List.of(FactKind.NEGATION),
        kinds(PLACEMENT, "Praktikken er et almindeligt arbejde med løn."));
    // A note that reports the belief asserts it no more than the talk did.
    assertEquals(
        List.of(),
        kinds(
            PLACEMENT,
            "Tolken oplyste for egen regning, at borger har forstået praktikken som et almindeligt"
                + " arbejde med løn."));
    assertEquals(
        List.of(),
        kinds(
            PLACEMENT, "Borger får ikke løn i praktikken, men beholder sin ydelse fra kommunen."));
  }

  @Test
  void aQuestionAnInterpreterRelaysAssertsNothing() {
    assertEquals(
        List.of(FactKind.NEGATION), kinds(RELAYED, "Borger får løn for arbejdet i kantinen."));
    assertEquals(List.of(), kinds(RELAYED, "Borger får ikke løn for arbejdet i kantinen."));
  }

  @Test
  void aPlaceNamedWithACommonNounIsNoPerson() {
    assertEquals(
        List.of(),
        kinds(DOCTOR, "Lægeerklæringen fra Lægehuset Kirkebakken anbefaler gradvis opstart."));
    List<FactKind> planted =
        kinds(DOCTOR, "Lægeerklæringen fra Lægehuset Kirkevænget anbefaler gradvis opstart.");
    assertTrue(
        planted.contains(FactKind.NAME) || planted.contains(FactKind.ORGANISATION),
        planted.toString());
  }

  @Test
  void aCitizenWhoIsOfferedSomethingReceivesIt() {
    assertEquals(
        List.of(),
        kinds(
            COURSE,
            "Hvis borger bliver tilbudt jobbet hos Nordby Emballage, inden kurset starter, tager"
                + " han jobbet, og kurset tages op igen bagefter."));
    assertEquals(
        List.of(FactKind.ATTRIBUTION),
        kinds(
            COURSE,
            "Borger foreslog, at han tager jobbet hos Nordby Emballage, hvis det bliver tilbudt"
                + " inden kurset."));
  }
}
