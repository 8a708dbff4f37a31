package dk.samtalenotat.language;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.samtalenotat.language.LaterCorrections.TakenBack;
import java.util.List;
import org.junit.jupiter.api.Test;

class LaterCorrectionsTest {

  private static List<String> takenBack(String turn) {
    return LaterCorrections.weekdays(turn).stream()
        .map(t -> turn.substring(t.start(), t.end()) + "->" + t.instead())
        .toList();
  }

  @Test
  void theDaySaidLastIsSetRightInTheNextSentence() {
    assertEquals(
        List.of("fredag->onsdag"),
        takenBack("Vi ses igen på fredag. Nej, undskyld, onsdag. Klokken ti."));
  }

  @Test
  void theDayDeniedIsTakenBackEverywhereBefore() {
    assertEquals(
        List.of("mandag->lørdag", "mandagen->lørdag", "mandagen->lørdag"),
        takenBack(
            "Hun siger, mandag går ikke. Hun træner om mandagen. Øh, jeg mener – hun siger"
                + " lørdagen, ikke mandagen."));
  }

  @Test
  void aSentenceWithoutAMarkerCorrectsNothing() {
    assertEquals(List.of(), takenBack("Vi ses på fredag. Og onsdag ringer jeg til dig."));
    assertEquals(List.of(), takenBack("Nej, onsdag kan jeg ikke. Fredag er bedre."));
    List<TakenBack> none = LaterCorrections.weekdays("Undskyld, onsdag er fint.");
    assertEquals(List.of(), none);
  }

  @Test
  void aValueSetRightInATurnOfItsOwn() {
    String turn =
        "Og undskyld, jeg skal lige rette mig selv fra før – det var elleve timer, ikke ni.";
    List<LaterCorrections.SetRight> found = LaterCorrections.valuesSetRight(turn);
    assertEquals(1, found.size(), found.toString());
    assertEquals("11", found.get(0).instead().key());
    assertEquals("9", found.get(0).wrong().key());
    assertEquals(
        "10",
        LaterCorrections.valuesSetRight("Nej, rettelse: det er ti, ikke otte.")
            .get(0)
            .instead()
            .key());
    // A "not" of another thing, or no marker, sets nothing right.
    assertTrue(LaterCorrections.valuesSetRight("Det var elleve timer, ikke ni.").isEmpty());
    assertTrue(LaterCorrections.valuesSetRight("Undskyld, det var svært, ikke ni.").isEmpty());
  }
}
