package dk.samtalenotat.benefit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Collections;
import org.junit.jupiter.api.Test;

class DraftChangeTest {

  @Test
  void approvedAsGeneratedChangedNothing() {
    assertEquals(
        0.0, DraftChange.share("Borgeren møder til samtale.", "Borgeren møder til samtale."));
  }

  @Test
  void whitespaceAloneIsNoChange() {
    assertEquals(0.0, DraftChange.share("Formål\n\nBorgeren  møder", "Formål Borgeren møder\n"));
  }

  @Test
  void oneReplacedWordOfFour() {
    assertEquals(1, DraftChange.distance("Borgeren søger job nu", "Borgeren søger uddannelse nu"));
    assertEquals(0.25, DraftChange.share("Borgeren søger job nu", "Borgeren søger uddannelse nu"));
  }

  @Test
  void insertionsAndDeletionsCountAgainstTheLongerText() {
    // "a b c d" -> "a c d e f": delete b, insert e and f: 3 edits over 5 words.
    assertEquals(3, DraftChange.distance("a b c d", "a c d e f"));
    assertEquals(0.6, DraftChange.share("a b c d", "a c d e f"), 1e-9);
  }

  @Test
  void classicLevenshteinOnWords() {
    // kitten -> sitting, one letter per word: 3 edits.
    assertEquals(3, DraftChange.distance("k i t t e n", "s i t t i n g"));
  }

  @Test
  void everythingRewrittenIsOne() {
    assertEquals(1.0, DraftChange.share("helt andet indhold", "intet fælles her overhovedet"));
  }

  @Test
  void emptyTexts() {
    assertEquals(0.0, DraftChange.share("", ""));
    assertEquals(0.0, DraftChange.share(null, " "));
    assertEquals(1.0, DraftChange.share("", "ny tekst"));
    assertEquals(1.0, DraftChange.share("gammel tekst", ""));
  }

  @Test
  void caseAndPunctuationAreChanges() {
    assertEquals(2.0 / 3, DraftChange.share("Aftale om job", "aftale om job."), 1e-9);
  }

  @Test
  void aHugeNoteGetsTheBoundFromSharedWordsFast() {
    // 5000 x 5000 changed words is above the exact limit: only words added at the end and a
    // block of words replaced in between, where the bound is exact.
    String base = String.join(" ", Collections.nCopies(5000, "ord"));
    String other = String.join(" ", Collections.nCopies(5000, "andet"));
    long started = System.nanoTime();
    double share = DraftChange.share("start " + base + " slut", "start " + other + " slut");
    assertEquals(5000.0 / 5002, share, 1e-9);
    assertEquals(
        true, (System.nanoTime() - started) < 2_000_000_000L, "bounded time for a huge note");
  }
}
