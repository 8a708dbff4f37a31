package dk.samtalenotat.draft.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What a "not" denies when the clause is about something: "rådgav ikke om aktierne" denies the
 * advice, not the shares; "ingen ny vurdering nu" denies a new assessment as "ikke" would; "jeg kan
 * ikke love, at kommunen betaler" leaves the payment open, so a note saying it is paid says more
 * than was said. For each a correct sentence (no flag) and a planted one.
 */
class NegationTopicCheckTest {

  private static final LocalDate DAY = LocalDate.of(2026, 9, 14);

  private static List<FactKind> kinds(String[][] said, String sentence) {
    return Transcripts.kindsInATalk(said, sentence, DAY);
  }

  @Test
  void noAdviceAboutSomethingDeniesTheAdviceNotTheThing() {
    String[][] said = {
      {"Borger", "Jeg har et aktiedepot på cirka to hundrede tusind. Skal jeg sælge aktierne nu?"},
      {
        "Sagsbehandler",
        "Det kan jeg ikke rådgive om. Det må du tale med din bank om. Jeg giver ikke råd om"
            + " investeringer."
      },
      {"Borger", "Okay, så ringer jeg til banken."},
      {"Sagsbehandler", "Så samler jeg op. Aktiedepotet tager du med din bank."}
    };
    assertEquals(
        List.of(),
        kinds(said, "Sagsbehandler rådgav ikke om aktiedepotet og henviste til banken."));
    assertEquals(List.of(), kinds(said, "Der blev ikke talt om at sælge aktiedepotet."));
  }

  @Test
  void noneDeniesWhatItStandsBefore() {
    String[][] said = {
      {"Borger", "Jeg synes, mit helbred er blevet værre. Skal jeg have en ny lægeerklæring?"},
      {"Sagsbehandler", "Det ser vi på. Lad os først se, hvordan de nye timer går."},
      {"Borger", "Ja."},
      {
        "Sagsbehandler",
        "Så opsummerer jeg. Du går op til tolv timer fra mandag. Ingen ny lægeerklæring nu. Og"
            + " vi ses om to måneder."
      }
    };
    assertEquals(List.of(), kinds(said, "Der blev ikke indhentet en ny lægeerklæring."));
    assertEquals(
        List.of(FactKind.NEGATION),
        kinds(said, "Det blev besluttet, at der indhentes en ny lægeerklæring."));
  }

  @Test
  void aPromiseNotGivenLeavesWhatWasNotPromisedOpen() {
    String[][] said = {
      {"Borger", "Jeg har fået en regning fra tandlægen på fire tusind kroner."},
      {
        "Sagsbehandler",
        "Du kan søge om hjælp til tandbehandlingen hos os. Men jeg kan ikke love, at kommunen"
            + " betaler regningen. Det er en ansøgning, der skal behandles."
      },
      {"Borger", "Okay. Så sender jeg regningen."}
    };
    assertEquals(
        List.of(),
        kinds(
            said,
            "Borger kan søge om hjælp til tandbehandlingen, men det er ikke afgjort, om kommunen"
                + " betaler."));
    assertEquals(
        List.of(FactKind.NEGATION),
        kinds(
            said, "Borger kan søge om hjælp til tandbehandlingen, og kommunen betaler regningen."));
  }

  @Test
  void notYetIsNotTheOppositeOfWhatIsToCome() {
    String[][] said = {
      {"Borger", "Hvor meget får jeg så i sygedagpenge?"},
      {
        "Sagsbehandler",
        "Det kan jeg ikke sige præcist endnu, for beløbet bliver beregnet ud fra din løn de"
            + " sidste tre måneder. Du får et brev om det."
      },
      {"Borger", "Okay."},
      {"Sagsbehandler", "Og din arbejdsgiver har allerede indberettet sygemeldingen."}
    };
    assertEquals(List.of(), kinds(said, "Beløbet er endnu ikke beregnet, og borger får brev."));
    assertEquals(
        List.of(FactKind.NEGATION),
        kinds(said, "Arbejdsgiveren har ikke indberettet sygemeldingen."));
  }

  @Test
  void aRuleSaidOfAnyoneIsNoFactOfTheCitizen() {
    String[][] said = {
      {"Sagsbehandler", "Du kom ikke til mødet i fredags. Hvad skete der?"},
      {"Borger", "Min datter var syg, og jeg glemte at ringe. Undskyld."},
      {
        "Sagsbehandler",
        "Det forstår jeg. Men du ved jo, at når man ikke møder op og ikke giver besked, så skal vi"
            + " vurdere, om det får betydning for din ydelse."
      },
      {"Borger", "Ja. Næste gang sender jeg en sms, inden mødet."}
    };
    assertEquals(List.of(), kinds(said, "Borger giver fremover besked før et møde, fx på sms."));
  }

  @Test
  void aQuestionLeftUnansweredDeniesTheAnswerNotWhatItWasAbout() {
    String[][] said = {
      {"Borger", "Må jeg tage mit eget kursus i svejsning og få det betalt?"},
      {"Sagsbehandler", "Det kan jeg ikke svare på i dag."},
      {
        "Sagsbehandler",
        "Du skal ringe til uddannelseskonsulenten på jobcentret. Uddannelseskonsulenten ved,"
            + " hvilke kurser vi betaler."
      },
      {"Borger", "Så ringer jeg til uddannelseskonsulenten."}
    };
    assertEquals(
        List.of(),
        kinds(
            said,
            "Sagsbehandler svarede ikke på spørgsmålet om kurset og henviste til"
                + " uddannelseskonsulenten."));
  }

  @Test
  void aPromiseRefusedByDetRefusesWhatWasAsked() {
    String[][] said = {
      {
        "Sagsbehandler",
        "Så siger vi tirsdag og fredag fra otte til elleve. Forløbet starter den tredje august og"
            + " varer seks uger."
      },
      {"Borger", "Ja. Men hvad så bagefter? Får jeg en fast stilling hos dem?"},
      {
        "Sagsbehandler",
        "Det kan jeg ikke love. Det kommer an på, hvordan forløbet går. Vi holder et møde, når de"
            + " seks uger er gået."
      },
      {"Borger", "Okay."}
    };
    assertEquals(
        List.of(FactKind.NEGATION),
        kinds(said, "Sagsbehandler lovede en fast stilling efter forløbet."));
    assertEquals(
        List.of(), kinds(said, "Sagsbehandler kunne ikke love en fast stilling efter forløbet."));
    assertEquals(
        List.of(), kinds(said, "Borger spurgte, om han får en fast stilling efter forløbet."));
    assertEquals(
        List.of(),
        kinds(
            said,
            "Borger spurgte til muligheden for en fast stilling efter forløbet, hvilket"
                + " sagsbehandler ikke kunne love."));
  }

  @Test
  void aPromiseRefusedInTheSameTurnRefusesTheSentenceBefore() {
    String[][] said = {
      {"Borger", "Jeg vil rigtig gerne have hjælp til kørekortet."},
      {
        "Sagsbehandler",
        "Du ønsker støtte til et kørekort. Jeg lover dig ikke noget i dag. Vi ser på det, når"
            + " kurset er slut."
      },
      {"Borger", "Fint."}
    };
    assertEquals(
        List.of(FactKind.NEGATION),
        kinds(said, "Sagsbehandler lovede borger støtte til kørekortet."));
    assertEquals(List.of(), kinds(said, "Borger vil gerne have hjælp til kørekortet."));
  }

  @Test
  void aDecisionTheTalkDidNotMakeWasNotMade() {
    String[][] said = {
      {"Sagsbehandler", "Og så er der efteruddannelsen. Du vil gerne tage et svejsekursus?"},
      {"Borger", "Ja, det vil jeg rigtig gerne."},
      {
        "Sagsbehandler",
        "Det skal vurderes, om det står på listen over kurser, vi kan bevilge. Så vi træffer ikke"
            + " afgørelse om svejsekurset i dag."
      },
      {"Borger", "Må jeg så få en ny arbejdsprøvning?"},
      {"Sagsbehandler", "Det tager vi ikke stilling til i dag. Nu ser vi først, hvordan det går."}
    };
    assertEquals(List.of(FactKind.NEGATION), kinds(said, "Svejsekurset blev bevilget på mødet."));
    // The flag says what the talk said instead.
    List<FactFlag> flags =
        Transcripts.flagsInATalk(said, "Svejsekurset blev bevilget på mødet.", DAY);
    assertTrue(flags.get(0).reason().contains("vi træffer ikke afgørelse"), flags.toString());
    assertEquals(
        List.of(), kinds(said, "Der blev ikke truffet afgørelse om svejsekurset på mødet."));
    assertEquals(
        List.of(FactKind.NEGATION),
        kinds(said, "Det blev besluttet, at borger skal have en ny arbejdsprøvning."));
    assertEquals(List.of(), kinds(said, "Der blev ikke taget stilling til en ny arbejdsprøvning."));
  }

  @Test
  void aDecisionTheTalkMadeAfterAllStands() {
    String[][] said = {
      {"Borger", "Kan jeg få et kursus i svejsning?"},
      {"Sagsbehandler", "Jeg træffer ikke afgørelse om svejsekurset i Vestby uden dit CV."},
      {"Borger", "Jeg har mit CV med her."},
      {"Sagsbehandler", "Fint. Så bevilger jeg svejsekurset i Vestby."}
    };
    assertEquals(List.of(), kinds(said, "Svejsekurset i Vestby blev bevilget på mødet."));
  }

  @Test
  void aQuestionAskedAboutSomethingIsSaidByAnyTalkOfItAlsoItsRefusal() {
    String[][] said = {
      {"Sagsbehandler", "Hvordan går det på lageret?"},
      {"Arbejdsgiver", "Det går fint. Han er god til at pakke, og han kommer til tiden."},
      {
        "Arbejdsgiver",
        "Må jeg spørge om noget? Kan man lave sådan en arbejdsprøvning? Det har min revisor nævnt."
      },
      {
        "Sagsbehandler",
        "Arbejdsprøvning tager vi ikke stilling til i dag. Først skal opstarten falde på plads."
      },
      {"Arbejdsgiver", "Det er fint. Så venter vi."},
      {"Borger", "Jeg vil gerne bare i gang."}
    };
    assertEquals(List.of(), kinds(said, "Arbejdsgiver spurgte til en arbejdsprøvning."));
    assertEquals(
        List.of(),
        kinds(
            said,
            "Arbejdsgiver spurgte til en arbejdsprøvning; der er ikke taget stilling til det."));
  }
}
