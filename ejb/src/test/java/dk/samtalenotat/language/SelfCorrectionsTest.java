package dk.samtalenotat.language;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.samtalenotat.language.SelfCorrections.Correction;
import java.util.List;
import org.junit.jupiter.api.Test;

class SelfCorrectionsTest {

  private static List<String> said(String text, List<SpokenValue> values) {
    return values.stream().map(v -> text.substring(v.start(), v.end())).toList();
  }

  private static Correction only(String text) {
    List<Correction> found = SelfCorrections.find(text);
    assertEquals(1, found.size(), text + ": " + found);
    return found.get(0);
  }

  @Test
  void aNumberTakenBackAfterADash() {
    String text = "Jeg har søgt fem – nej, fire job.";
    Correction c = only(text);
    assertEquals(List.of("fem"), said(text, c.retracted()));
    assertEquals(List.of("fire"), said(text, c.corrected()));
    assertEquals("Jeg har søgt fire job.", SelfCorrections.resolve(text));
  }

  @Test
  void hyphenCommaAndOtherMarkers() {
    assertEquals(List.of("otte"), said("otte - nej, ni", only("otte - nej, ni").retracted()));
    String rather = "Vi aftalte tolv, eller rettere fjorten timer.";
    assertEquals(List.of("fjorten"), said(rather, only(rather).corrected()));
    String meaning = "Det er den 10. marts – jeg mener den 11. marts.";
    assertEquals(List.of("den 10. marts"), said(meaning, only(meaning).retracted()));
    String english = "Jeg har søgt elleve – no wait, tolv stillinger.";
    assertEquals(List.of("elleve"), said(english, only(english).retracted()));
    String orNo = "Hun har været her i seks – eller nej, det er syv måneder nu.";
    assertEquals(List.of("seks"), said(orNo, only(orNo).retracted()));
    assertEquals(List.of("syv"), said(orNo, only(orNo).corrected()));
    String bare = "Det er otte nej ni uger.";
    assertEquals(List.of("ni"), said(bare, only(bare).corrected()));
  }

  @Test
  void aDateCorrectedInTheMonthOnly() {
    String text = "Det var den første oktober, nej undskyld, den første november.";
    Correction c = only(text);
    assertEquals(List.of("den første oktober"), said(text, c.retracted()));
    assertEquals(List.of("den første november"), said(text, c.corrected()));
  }

  @Test
  void theCorrectedValueMayComeASentenceLater() {
    String text =
        "Jeg har været ledig siden den første oktober – nej, vent, det passer ikke. Jeg fik løn"
            + " hele oktober, så det er fra den første november.";
    Correction c = only(text);
    assertEquals(List.of("den første oktober"), said(text, c.retracted()));
    // "hele oktober" names a month, not a day: the correction is the next date.
    assertEquals(List.of("den første november"), said(text, c.corrected()));
    assertEquals(
        "Jeg fik løn hele oktober, så det er fra den første november.",
        SelfCorrections.resolve(text));
  }

  @Test
  void onlyTheValuesTakenBackOfAList() {
    String text = "Tirsdag og torsdag er fint – undskyld, jeg sagde forkert. Tirsdag og fredag.";
    Correction c = only(text);
    assertEquals(List.of("torsdag"), said(text, c.retracted()));
    assertEquals(List.of("Tirsdag", "fredag"), said(text, c.corrected()));
  }

  @Test
  void fewerDaysSaidInsteadReplaceTheLastDaysOfAList() {
    String text = "Mandag, onsdag og torsdag – nej, fredag. For tirsdag har jeg træning.";
    Correction c = only(text);
    assertEquals(List.of("torsdag"), said(text, c.retracted()));
    assertEquals(
        "Mandag, onsdag og fredag. For tirsdag har jeg træning.", SelfCorrections.resolve(text));
    // A list said again from its start replaces the whole list; the sentence keeps its capital.
    String again = "Mandag, tirsdag – undskyld, mandag, onsdag og fredag.";
    assertEquals(List.of("tirsdag"), said(again, only(again).retracted()));
    assertEquals("Mandag, onsdag og fredag.", SelfCorrections.resolve(again));
  }

  @Test
  void theValueOfTheSameUnitIsTakenBack() {
    String text = "Tre dage à fire timer – nej, tre timer. Mandag, onsdag og fredag.";
    Correction c = only(text);
    assertEquals(List.of("fire"), said(text, c.retracted()));
    assertEquals("Tre dage à tre timer. Mandag, onsdag og fredag.", SelfCorrections.resolve(text));
  }

  @Test
  void anAnswerIsNoCorrection() {
    assertTrue(SelfCorrections.find("Har du søgt fire job? Nej, det har jeg ikke.").isEmpty());
    assertTrue(
        SelfCorrections.find("Hun kommer hjem i weekenden – nå nej, det er efter.").isEmpty());
    assertTrue(SelfCorrections.find("Jeg har to børn, nej tre voksne.").size() <= 1);
    assertEquals(
        "Ja, nej, det ved jeg ikke.", SelfCorrections.resolve("Ja, nej, det ved jeg ikke."));
  }

  @Test
  void aSentenceOpeningWithAMarkerTakesBackTheValueBefore() {
    String text = "Jeg kører fireogtyve kilometer hver vej. Eller, nej – seksogtyve. Det er langt.";
    Correction c = only(text);
    assertEquals(List.of("fireogtyve"), said(text, c.retracted()));
    assertEquals(List.of("seksogtyve"), said(text, c.corrected()));
    assertEquals(
        "Jeg kører seksogtyve kilometer hver vej. Det er langt.", SelfCorrections.resolve(text));
    String sorry = "Vi ses den niende. Nej undskyld, den tiende.";
    assertEquals(List.of("den tiende"), said(sorry, only(sorry).corrected()));
    // An answer, a question, or a marker that goes on to something else takes nothing back.
    assertTrue(SelfCorrections.find("Han har tre børn. Nej, det er fint.").isEmpty());
    assertTrue(SelfCorrections.find("Er det fire timer? Nej, fem.").isEmpty());
    assertTrue(SelfCorrections.find("Det er fire timer. Altså, fem med pausen.").isEmpty());
  }

  @Test
  void aBareValueSaidInsteadKeepsTheWordsOfTheOneTakenBack() {
    assertEquals(
        "Hun arbejder femogtyve timer om ugen.",
        SelfCorrections.resolve("Hun arbejder tyve timer om ugen – nej, femogtyve."));
    // The value said instead with words of its own keeps only those.
    assertEquals(
        "Hun arbejder femogtyve timer i alt.",
        SelfCorrections.resolve("Hun arbejder tyve timer om ugen – nej, femogtyve timer i alt."));
  }

  @Test
  void aValueSaidAgainOpeningTheNextSentenceTakesThePlaceOfTheOneTakenBack() {
    // The reason for the correction is a sentence of its own; the sentence after it says the
    // value again after a few words, so the first sentence keeps what it said around the value.
    assertEquals(
        "Vi ses igen fredag den sekstende oktober klokken elleve. Her.",
        SelfCorrections.resolve(
            "Vi ses igen torsdag den femogtyvende – nej, det er forkert. Det bliver fredag den"
                + " sekstende oktober klokken elleve. Her."));
    assertEquals(
        "Opfølgningen tager vi på video, onsdag den otteogtyvende oktober klokken ti.",
        SelfCorrections.resolve(
            "Opfølgningen tager vi på video, onsdag den fjortende – nej, det er for tidligt. Lad"
                + " os sige onsdag den otteogtyvende oktober klokken ti."));
    assertEquals(
        "Han har arbejdet seksten timer om ugen siden sommer.",
        SelfCorrections.resolve(
            "Han har arbejdet tolv – nej, vent, det passer ikke. Seksten timer om ugen siden"
                + " sommer."));
    // A sentence that says more before the value is no continuation: the one taken back goes.
    assertEquals(
        "Jeg fik løn hele oktober, så det er fra den første november.",
        SelfCorrections.resolve(
            "Jeg har været ledig siden den første oktober – nej, vent, det passer ikke. Jeg fik"
                + " løn hele oktober, så det er fra den første november."));
  }
}
