package dk.samtalenotat.language;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Frequencies said with "hver", and one taken back at once as any value is. */
class FrequenciesTest {

  private static List<String> said(String text) {
    return Frequencies.find(text).stream().map(f -> f.every() + " " + f.unit()).toList();
  }

  @Test
  void anOrdinalCountsThePeriodsAndNoneIsEveryOne() {
    assertEquals(List.of("1 uge"), said("Vi ses hver uge."));
    assertEquals(List.of("2 uge"), said("Vi ses hver anden uge."));
    assertEquals(List.of("14 dag"), said("Hun ringer hver fjortende dag."));
    assertEquals(List.of("3 måned"), said("Vi følger op hver 3. måned."));
    assertEquals(List.of("1 dag"), said("Han træner hver eneste dag."));
    // "hver" of a person, a thing or a time of day is no frequency.
    assertEquals(List.of(), said("Hver deltager får en mappe, og hver morgen er der kaffe."));
  }

  @Test
  void aFrequencyTakenBackAtOnceIsReadAsAnyValueTakenBack() {
    String said = "I mødes hver anden uge – nej, undskyld, hver uge, i starten.";
    List<SelfCorrections.Correction> found = SelfCorrections.find(said);
    assertEquals(1, found.size());
    SpokenValue back = found.get(0).retracted().get(0);
    assertEquals("hver anden uge", said.substring(back.start(), back.end()));
    assertEquals("I mødes hver uge, i starten.", SelfCorrections.resolve(said));
    // Two frequencies of two things are no correction.
    assertEquals(List.of(), SelfCorrections.find("Mentoren hver uge, og lægen hver tredje måned."));
  }
}
