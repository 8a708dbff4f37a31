package dk.samtalenotat.draft.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dk.samtalenotat.conversation.ParticipantRole;
import dk.samtalenotat.draft.DraftSegment;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What a value or a statement is about is read from its own clause: a number after a comma, a total
 * beside clauses that state something else, a statement that opens with a condition. For each rule
 * a planted case and a correct one.
 */
class ClauseContextCheckTest {

  private static final LocalDate DAY = LocalDate.of(2026, 3, 3);

  /** Speaker label, then what was said. */
  private static final String[][] SAID = {
    {"Sagsbehandler", "Velkommen. I dag skal vi tale om dit arbejde og om fleksjobbet."},
    {"Borger", "Altså, jeg har været tømrer i, hvad, ni år nu."},
    {
      "Borger",
      "De sidste tre år hos Byggefirmaet Kvist i Nordby, og før det var jeg seks år i Ribe."
    },
    {"Sagsbehandler", "Din løn fra firmaet bliver cirka ti tusind kroner om måneden før skat."},
    {"Sagsbehandler", "Og tilskuddet fra kommunen er cirka otte tusind kroner om måneden."},
    {"Sagsbehandler", "Så i alt er det omkring atten tusind kroner før skat."},
    {"Sagsbehandler", "Tilskuddet afhænger af din faktiske løn, og det bliver reguleret."},
    {"Sagsbehandler", "Du skal ikke sende lønsedler til kommunen hver måned."},
    {"Arbejdsgiver", "Hvis det går godt, så kunne vi gå op til tyve timer efter sommerferien."},
    {"Borger", "Det lyder godt. Jeg håber, det går godt med ryggen."},
    {"Sagsbehandler", "Det går godt med træningen, kan jeg høre."},
    {"Borger", "Jeg vil gerne have flere timer. Jeg tænkte, om jeg kunne komme torsdag også."},
    {"Sagsbehandler", "Hvornår vil du starte med det?"},
    {"Borger", "Allerede på tirsdag, hvis det kan lade sig gøre."},
    {"Borger", "Jeg vil gerne have fredag fri. Så kan jeg hvile inden weekenden."},
    {"Borger", "Så mandag til torsdag fra otte til tolv."}
  };

  private static List<DraftSegment> transcript() {
    return Transcripts.of(SAID, Transcripts.roles(ParticipantRole.ARBEJDSGIVER));
  }

  private static List<FactFlag> check(String text) {
    return Transcripts.check(text, transcript(), DAY);
  }

  private static void only(FactKind kind, List<FactFlag> flags) {
    assertEquals(1, flags.size(), flags.toString());
    assertEquals(kind, flags.get(0).kind(), flags.toString());
  }

  @Test
  void aNumberAfterACommaIsReadInItsOwnClause() {
    assertEquals(
        List.of(),
        check(
            "Borger oplyste at have været tømrer i, hvad, 9 år nu, at de seneste 3 år hos"
                + " Byggefirmaet Kvist i Nordby, og før det var borger 6 år i Ribe."));
    only(
        FactKind.NUMBER,
        check(
            "Borger oplyste at have været tømrer i, hvad, 12 år nu, at de seneste 3 år hos"
                + " Byggefirmaet Kvist i Nordby, og før det var borger 6 år i Ribe."));
  }

  @Test
  void aTotalIsNotReadWithTheClausesThatStateSomethingElse() {
    String correct =
        "Sagsbehandler oplyste, at i alt er det omkring 18.000 kr. før skat, at tilskuddet"
            + " afhænger af borgers faktiske løn, og det bliver reguleret, og at borger ikke skal"
            + " sende lønsedler til kommunen hver måned.";
    assertEquals(List.of(), check(correct));
    only(FactKind.AMOUNT, check(correct.replace("18.000", "19.000")));
  }

  @Test
  void aWeekdayIsReadInItsOwnClause() {
    assertEquals(
        List.of(),
        check(
            "Borger oplyste, at borger gerne vil have flere timer, at borger tænkte, om borger"
                + " kunne komme torsdag også, og at borger allerede vil starte på tirsdag, hvis"
                + " det kan lade sig gøre."));
    only(
        FactKind.WEEKDAY,
        check(
            "Borger oplyste, at borger gerne vil have flere timer, og at borger tænkte, om borger"
                + " kunne komme tirsdag også."));
  }

  @Test
  void aWeekdayInAClauseOpenedBySaIsNotReadWithTheClauseBefore() {
    assertEquals(
        List.of(),
        check(
            "Borger oplyste, at borger gerne vil have fredag fri, og at borger kan hvile inden"
                + " weekenden, så mandag til torsdag fra kl. 8.00 til 12.00."));
  }

  @Test
  void aStatementOpeningWithAConditionIsCreditedWithItsConsequence() {
    assertEquals(
        List.of(),
        check(
            "Arbejdsgiveren oplyste, at hvis det går godt, så kunne arbejdsgiveren gå op til 20"
                + " timer efter sommerferien."));
    only(
        FactKind.ATTRIBUTION,
        check(
            "Sagsbehandler oplyste, at hvis det går godt, så kunne arbejdsgiveren gå op til 20"
                + " timer efter sommerferien."));
  }

  /** What one fears ("bekymret for at miste", "bange for at") is not said to be so or not. */
  @Test
  void whatOneFearsIsNotSaidEitherWay() {
    String[][] said = {
      {"Sagsbehandler", "Praktikken i kantinen er uden løn."},
      {"Borger", "Men hvad så med pengene? Jeg kan ikke miste pengene, jeg har tre børn."},
      {"Sagsbehandler", "Du beholder din ydelse, så længe praktikken varer."},
      {"Borger", "Godt. Så siger jeg ja til den."}
    };
    List<DraftSegment> transcript = Transcripts.of(said, Transcripts.roles(ParticipantRole.ANDEN));
    assertEquals(
        List.of(),
        Transcripts.check(
            "Borger var bekymret for at miste pengene, da borger har tre børn.", transcript, DAY));
  }

  /** A number said again alone ("Seksten.") is no other count of the hours per day. */
  @Test
  void aNumberSaidAgainAloneIsNoOtherCount() {
    String[][] said = {
      {"Sagsbehandler", "Og timerne?"},
      {
        "Virksomhedskonsulent",
        "Vi har aftalt seksten timer om ugen. Seksten. Det er mandag til torsdag fra otte til tolv."
      },
      {"Virksomhedskonsulent", "Altså fire timer om dagen."},
      {"Borger", "Det kan jeg godt klare."}
    };
    List<DraftSegment> transcript = Transcripts.of(said, Transcripts.roles(ParticipantRole.ANDEN));
    assertEquals(
        List.of(),
        Transcripts.check(
            "Virksomhedskonsulenten oplyste, at det er mandag til torsdag fra kl. 8 til 12, altså 4"
                + " timer om dagen.",
            transcript,
            DAY));
  }
}
