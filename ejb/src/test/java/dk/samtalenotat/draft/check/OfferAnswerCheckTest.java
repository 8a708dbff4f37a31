package dk.samtalenotat.draft.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * An offer and the citizen's yes or no to it: a note that says the offer was taken when it was
 * declined, or the reverse, is flagged; the offer alone says neither. Invented conversations; for
 * each way of saying no a planted sentence and a correct one.
 */
class OfferAnswerCheckTest {

  private static final LocalDate DAY = LocalDate.of(2026, 4, 14);

  private static List<FactKind> kinds(String[][] said, String sentence) {
    return Transcripts.kindsInATalk(said, sentence, DAY);
  }

  @Test
  void aHesitantNoToAnOfferMadeBeforeAShortQuestionDeclinesTheOffer() {
    String[][] said = {
      {
        "Sagsbehandler",
        "Så har jeg et andet spørgsmål. Vi har et motionshold i kommunens idrætshal, to"
            + " formiddage om ugen. Er det noget for dig?"
      },
      {"Borger", "Hm, nej, det tror jeg ikke. Jeg går allerede til svømning om tirsdagen."},
      {"Sagsbehandler", "Det er helt i orden."}
    };
    assertEquals(
        List.of(FactKind.NEGATION),
        kinds(said, "Borger takkede ja til kommunens motionshold i idrætshallen."));
    assertEquals(
        List.of(), kinds(said, "Borger takkede nej til kommunens motionshold i idrætshallen."));
  }

  @Test
  void theNoSaysNeitherThatNothingWasOfferedNorAgainstTheReasonForIt() {
    String[][] said = {
      {
        "Sagsbehandler",
        "Vi kan også tilbyde dig en jobkonsulent, der kan hjælpe dig med ansøgningerne i"
            + " opstartsperioden. Hvad siger du til det?"
      },
      {"Borger", "Nej, det tror jeg ikke, jeg har brug for."},
      {"Borger", "Min kæreste læser mine ansøgninger igennem. Så nej tak."}
    };
    // That the offer was made, and the reason given for the no, are not what the no denies.
    assertEquals(
        List.of(),
        kinds(
            said,
            "Borger blev tilbudt en jobkonsulent til ansøgningerne i opstartsperioden, men"
                + " takkede nej, da kæresten hjælper med ansøgningerne."));
    assertEquals(
        List.of(FactKind.NEGATION),
        kinds(said, "Borger takkede ja til en jobkonsulent til ansøgningerne."));
  }

  @Test
  void aYesOrNoToTheOfferAnswersWhatTheClauseBeforeOffered() {
    String[][] said = {
      {
        "Sagsbehandler", "Vi har et netværksmøde for ledige i borgerhuset hver torsdag eftermiddag."
      },
      {"Sagsbehandler", "Kunne det være noget?"},
      {"Borger", "Næh, det tror jeg ikke. Jeg har nok at se til med min mor."}
    };
    // "tilbuddet", or nothing, after the offer: the yes or no is said of the netværksmøde.
    assertEquals(
        List.of(FactKind.NEGATION),
        kinds(
            said,
            "Borger blev tilbudt netværksmødet i borgerhuset torsdag eftermiddag, og han tog imod"
                + " tilbuddet."));
    assertEquals(
        List.of(FactKind.NEGATION),
        kinds(said, "Borger blev tilbudt netværksmødet i borgerhuset, og han takkede ja."));
    assertEquals(
        List.of(),
        kinds(said, "Borger blev tilbudt netværksmødet i borgerhuset, men han takkede nej."));
  }

  @Test
  void aNoThatSaysItDeclinesDeclinesWhateverNotTheQuestionHad() {
    String[][] said = {
      {
        "Sagsbehandler",
        "Jeg kunne også tilbyde dig et madlavningskursus i aftenskolen, men det er vel ikke"
            + " nødvendigt, når du allerede går på sprogskolen?"
      },
      {"Borger", "Nej, det vil jeg gerne sige nej tak til. Jeg har travlt nok."}
    };
    assertEquals(
        List.of(),
        kinds(said, "Borger blev tilbudt et madlavningskursus i aftenskolen, men takkede nej."));
    assertEquals(
        List.of(FactKind.NEGATION),
        kinds(said, "Borger blev tilbudt et madlavningskursus i aftenskolen og takkede ja."));
  }

  @Test
  void aNoToAPersonsRoleDeclinesThePerson() {
    String[][] said = {
      {"Sagsbehandler", "Jeg kan tilbyde dig en mentor, der tager med til samtalerne."},
      {"Borger", "Øh. Det klarer min søster, hun kommer alligevel hver uge."},
      {"Sagsbehandler", "Fint. Så takker du nej til en mentor indtil videre."}
    };
    assertEquals(
        List.of(FactKind.NEGATION), kinds(said, "Borger takkede ja til tilbuddet om en mentor."));
    assertEquals(List.of(), kinds(said, "Borger takkede nej til tilbuddet om en mentor."));
  }

  @Test
  void theInterpretersNoAnswersPastTheUntranslatedTurn() {
    String[][] said = {
      {
        "Sagsbehandler",
        "Der er et ekstra hold i dansk på sprogskolen om lørdagen fra ni til tolv. Vil du være"
            + " med?"
      },
      {"Borger", "[taler tigrinya]"},
      {"Tolk", "Nej tak. Om lørdagen passer jeg min nevø."},
      {"Sagsbehandler", "Det er frivilligt, så det er helt fint."}
    };
    assertEquals(
        List.of(FactKind.NEGATION),
        kinds(said, "Borger sagde ja til et ekstra danskhold om lørdagen."));
    assertEquals(List.of(), kinds(said, "Borger sagde nej til et ekstra danskhold om lørdagen."));
  }

  @Test
  void aPlaceDeclinedByItsNameIsDeclined() {
    String[][] said = {
      {"Sagsbehandler", "Sidst talte vi om Daghøjskolen Solbakken. Har du tænkt over det?"},
      {
        "Borger",
        "Ja, altså, jeg har tænkt over det. Jeg vil ikke på daghøjskolen. Jeg siger nej tak til"
            + " den."
      },
      {"Sagsbehandler", "Okay. Så har du takket nej til Daghøjskolen Solbakken."}
    };
    assertEquals(
        List.of(FactKind.NEGATION),
        kinds(said, "Borger tog imod tilbuddet om Daghøjskolen Solbakken."));
    assertEquals(
        List.of(), kinds(said, "Borger takkede nej til tilbuddet om Daghøjskolen Solbakken."));
  }

  @Test
  void anOfferMentionedIsNeitherTakenNorDeclined() {
    String[][] said = {
      {
        "Sagsbehandler",
        "Skal vi øve samtalen lidt? Vi har et samtaleværksted hver torsdag her i" + " huset."
      },
      {"Borger", "Nej, det tror jeg ikke, det er nødvendigt. Min nabo vil øve med mig."},
      {"Sagsbehandler", "Okay, så gør vi ikke mere ved det."}
    };
    assertEquals(List.of(), kinds(said, "Borger takkede nej til samtaleværkstedet."));
    assertEquals(
        List.of(FactKind.NEGATION), kinds(said, "Borger takkede ja til samtaleværkstedet."));
  }

  @Test
  void whatACleftPutsBeforeANegatedRelativeClauseIsWhatIsDenied() {
    String[][] said = {
      {"Sagsbehandler", "Vil du stadig gerne arbejde på plejehjemmet?"},
      {
        "Borger",
        "Ja, bestemt. Jeg kan godt lide beboerne, det er bare det der nattevagterne, jeg ikke"
            + " gider."
      },
      {"Sagsbehandler", "Det forstår jeg godt."}
    };
    assertEquals(List.of(), kinds(said, "Borger ønsker ikke at fortsætte med nattevagter."));
  }

  @Test
  void theLastPartOfACompoundOfferedNamesTheOfferInTheYesOrNo() {
    String[][] said = {
      {
        "Sagsbehandler",
        "Jeg vil også gerne tilbyde dig at komme på kommunens mindfulnessforløb på biblioteket."
      },
      {"Borger", "Det er pænt af dig, men jeg vil helst sige nej tak lige nu."},
      {"Sagsbehandler", "Det er helt i orden. Så skriver jeg, at du har sagt nej tak."},
      {"Sagsbehandler", "Du har sagt nej tak til mindfulnessforløbet, og vi ses om en måned."}
    };
    // "forløbet" is the "mindfulnessforløb" of the clause before.
    assertEquals(
        List.of(FactKind.NEGATION),
        kinds(
            said,
            "Sagsbehandler tilbød borger kommunens mindfulnessforløb på biblioteket, og borger"
                + " takkede ja til forløbet."));
    assertEquals(
        List.of(),
        kinds(
            said,
            "Sagsbehandler tilbød borger kommunens mindfulnessforløb på biblioteket, og borger"
                + " takkede nej til forløbet."));
  }
}
