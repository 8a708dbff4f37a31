package dk.samtalenotat.transcript.windowed;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dk.samtalenotat.transcript.SegmentData;
import dk.samtalenotat.transcript.windowed.WindowPlan.Window;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The seam rules on hand-made engine answers. */
class SeamJoinerTest {

  private final Window a = new Window(0, 0, 30_000);
  private final Window b = new Window(1, 25_000, 55_000);

  private static SegmentData seg(long start, long end, String speaker, String text) {
    return new SegmentData(start, end, speaker, "da", text);
  }

  @Test
  void segmentsAwayFromTheSeamAreKeptAsTheEngineGaveThem() {
    SegmentData first = seg(1_000, 5_000, "Borger", "Jeg har søgt job.");
    SegmentData last = seg(40_000, 44_000, "Sagsbehandler", "Det er godt.");
    List<SegmentData> joined =
        new SeamJoiner()
            .join(
                List.of(
                    new WindowSegments(a, List.of(first)), new WindowSegments(b, List.of(last))));
    assertEquals(List.of(first, last), joined);
  }

  @Test
  void theOverlapIsTakenFromEachWindowOnItsSideOfTheMiddle() {
    // Both windows heard "vi ses igen om tre uger" from 26 to 29 s; the first window's copy of
    // "tre uger" (after the middle, 27.5 s) is replaced by the second window's.
    List<SegmentData> fromA =
        List.of(seg(20_000, 29_000, "Sagsbehandler", "Godt. Vi ses igen om tre uger"));
    List<SegmentData> fromB =
        List.of(
            seg(25_400, 29_000, "Sagsbehandler", "ses igen om tre uger"),
            seg(30_000, 33_000, "Borger", "Tak for i dag."));
    List<SegmentData> joined =
        new SeamJoiner().join(List.of(new WindowSegments(a, fromA), new WindowSegments(b, fromB)));
    assertEquals(
        "Godt. Vi ses igen om tre uger Tak for i dag.",
        String.join(" ", joined.stream().map(SegmentData::text).toList()));
    assertEquals("Borger", joined.get(joined.size() - 1).speaker());
    assertEquals("Sagsbehandler", joined.get(0).speaker());
  }

  @Test
  void punctuationAndCaseDoNotStopAWordFromMatching() {
    assertEquals("nej", SeamJoiner.normalise("Nej,"));
    assertEquals("øre", SeamJoiner.normalise("«Øre»"));
  }

  @Test
  void whenTheWindowsHeardDifferentWordsTheMiddleOfTheOverlapDecides() {
    List<SegmentData> fromA =
        List.of(seg(26_000, 27_000, null, "alfa"), seg(28_000, 29_000, null, "beta"));
    List<SegmentData> fromB =
        List.of(seg(26_000, 27_000, null, "gamma"), seg(28_000, 29_000, null, "delta"));
    List<SegmentData> joined =
        new SeamJoiner().join(List.of(new WindowSegments(a, fromA), new WindowSegments(b, fromB)));
    assertEquals(List.of("alfa", "delta"), joined.stream().map(SegmentData::text).toList());
  }
}
