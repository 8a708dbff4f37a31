package dk.samtalenotat.language;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class YesOrNoTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Nej.",
        "Nej, det har jeg ikke.",
        "Næh, det tror jeg ikke",
        "Næ",
        "Nix.",
        "Øh, nej, ikke endnu.",
        "Hm. Nej tak.",
        "Nej nej, det går fint.",
        "Nej, hvor skulle jeg have det fra?"
      })
  void aNoOpensTheAnswer(String answer) {
    assertTrue(YesOrNo.opensWithNo(answer), answer);
    assertFalse(YesOrNo.opensWithYes(answer), answer);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Ja.",
        "Ja det gør jeg.",
        "Jo da, det passer.",
        "Jep",
        "Øh, ja tak.",
        "Præcis.",
        "Korrekt, det var i maj.",
        "Selvfølgelig!"
      })
  void aYesOpensTheAnswer(String answer) {
    assertTrue(YesOrNo.opensWithYes(answer), answer);
    assertFalse(YesOrNo.opensWithNo(answer), answer);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Nej, hvor dejligt!",
        "Nej, men hvor spændende.",
        "Nej hvor er det godt at høre",
        "Næ, dog!",
        "Nejmen det var jo skønt",
        "Rigtigt godt, faktisk.",
        "Klart bedre end sidst.",
        "Jamen det ved jeg ikke.",
        "Det går fint."
      })
  void anExclamationOrAWordThatOnlyLooksLikeOneIsNoAnswer(String answer) {
    assertTrue(YesOrNo.opening(answer).isEmpty(), answer);
  }

  @Test
  void theRestOfTheAnswerStartsAfterTheWordAndItsComma() {
    String answer = "Øh, nej tak, jeg har travlt med min mor.";
    YesOrNo.Opening o = YesOrNo.opening(answer).orElseThrow();
    assertEquals("nej tak", o.word());
    assertEquals("jeg har travlt med min mor.", answer.substring(o.end()));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Det vil jeg helst takke nej til.",
        "Han siger nej tak.",
        "Hun afslår tilbuddet.",
        "Jeg har ikke brug for det.",
        "Det vil a itj.",
        "Næh, det tror a itj.",
        "Jeg vil helst lade være."
      })
  void anAnswerThatTurnsAnOfferDown(String answer) {
    assertTrue(YesOrNo.turnsDownAnOffer(answer), answer);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Ja, det vil jeg gerne.",
        "Nej, hvor dejligt, det vil jeg gerne!",
        "Det lyder godt.",
        "Jeg tror, det er en god idé."
      })
  void anAnswerThatTakesAnOfferOrSaysNeither(String answer) {
    assertFalse(YesOrNo.turnsDownAnOffer(answer), answer);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Jo, det passer fint.",
        "Fint.",
        "Okay, så gør vi det.",
        "Den første oktober, det går.",
        "Det er i orden. Jeg skriver det ned.",
        "Det gør jeg.",
        "Gerne.",
        "Aftalt!",
        "Lad mig lige kigge. Det kan vi godt."
      })
  void aReplyThatTakesWhatWasProposed(String reply) {
    assertTrue(YesOrNo.takesAProposal(reply), reply);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Hvad med om eftermiddagen?",
        "Jeg skal til tandlæge den dag.",
        "Finten er, at jeg ikke har bil.",
        "Gernerne er mange."
      })
  void aReplyThatTakesNothing(String reply) {
    assertFalse(YesOrNo.takesAProposal(reply), reply);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Nej, der skal jeg til tandlæge.",
        "Desværre, den dag er jeg bortrejst.",
        "Onsdag passer desværre ikke.",
        "Det kan jeg ikke."
      })
  void aReplyThatTurnsAProposalDown(String reply) {
    assertTrue(YesOrNo.turnsDownAProposal(reply), reply);
  }

  @Test
  void aReplyThatTakesAProposalDoesNotTurnItDown() {
    assertFalse(YesOrNo.turnsDownAProposal("Jo, det passer fint, der er jeg hjemme."));
    assertTrue(YesOrNo.opensTakingIt(" Ok, så siger vi det."));
    assertFalse(YesOrNo.opensTakingIt("Okkerfarvet."));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Borger takkede nej til tilbuddet.",
        "Borger sagde ja tak til en mentor.",
        "Hun afslog jobcaféen.",
        "Borger accepterede praktikken.",
        "Borger tog imod tilbuddet om et kursus."
      })
  void aNoteSentenceThatWritesADecision(String sentence) {
    assertTrue(YesOrNo.writesADecision(sentence), sentence);
  }

  @Test
  void aNoteSentenceThatOnlyMentionsAnOfferDecidesNothing() {
    assertFalse(YesOrNo.writesADecision("Borger blev tilbudt et forløb."));
    assertFalse(YesOrNo.writesADecision("Borger takkede for samtalen."));
  }

  @Test
  void theNoOfAWrittenDecision() {
    assertTrue(YesOrNo.writtenDecisionSaysNo("Borger takkede nej til tilbuddet."));
    assertTrue(YesOrNo.writtenDecisionSaysNo("Hun afviste forslaget."));
    assertFalse(YesOrNo.writtenDecisionSaysNo("Borger tog imod tilbuddet."));
  }

  @Test
  void theWordsOfADecisionNameNoThing() {
    for (String w : new String[] {"takkede", "Afslog", "imod", "tog", "accepteret", "nej"}) {
      assertTrue(YesOrNo.isWordOfADecision(w), w);
    }
    assertFalse(YesOrNo.isWordOfADecision("mentor"));
    assertTrue(YesOrNo.isDecisionVerb("afviste"));
    assertFalse(YesOrNo.isDecisionVerb("tog"));
  }

  @Test
  void aBareRefusalOfAPromiseNamesNothingItRefuses() {
    for (String refusal :
        List.of(
            "Det kan jeg ikke love.",
            "Det kan jeg desværre ikke love dig.",
            "Jeg kan ikke love dig det i dag.",
            "Jeg lover ikke noget i dag.",
            "Det kan jeg ikke garantere.")) {
      assertTrue(YesOrNo.refusesAPromise(refusal), refusal);
    }
    for (String other :
        List.of(
            "Jeg kan ikke love, at kommunen betaler regningen.",
            "Det kan jeg love dig.",
            "Det kan jeg ikke huske.")) {
      assertFalse(YesOrNo.refusesAPromise(other), other);
    }
  }
}
