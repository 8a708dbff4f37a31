package dk.samtalenotat.language;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Frequencies said with "hver", and those taken back at once. */
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
  void aFrequencyTakenBackAtOnceIsTheOneBeforeTheMarker() {
    List<Frequencies.TakenBack> back =
        Frequencies.takenBack("I mødes hver anden uge – nej, undskyld, hver uge, i starten.");
    assertEquals(1, back.size());
    assertEquals(2, back.get(0).frequency().every());
    assertEquals("hver uge", back.get(0).instead());
    // Two frequencies of two things are no correction.
    assertEquals(
        List.of(), Frequencies.takenBack("Mentoren hver uge, og lægen hver tredje måned."));
  }
}
