package dk.samtalenotat.transcript;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class SegmentDataTest {

  @Test
  void anEngineSegmentTooLongToStoreIsCutAtSpacesSharingItsTime() {
    String word = "ordet ";
    String text = word.repeat(5000).strip();
    List<SegmentData> fitted =
        SegmentData.fitted(List.of(new SegmentData(1000, 61000, "Borger", "da", text)), 10_000);
    assertEquals(4, fitted.size(), "three of 9,995 characters, cut after a word, and the rest");
    assertTrue(fitted.stream().allMatch(s -> s.text().length() <= 10_000));
    assertEquals(text, String.join(" ", fitted.stream().map(SegmentData::text).toList()));
    assertEquals(1000, fitted.get(0).startMillis());
    assertEquals(61000, fitted.get(3).endMillis());
    for (int i = 1; i < fitted.size(); i++) {
      assertEquals(fitted.get(i - 1).endMillis(), fitted.get(i).startMillis());
    }
    assertTrue(fitted.stream().allMatch(s -> "Borger".equals(s.speaker())));
  }

  @Test
  void aStretchWithoutSpacesIsCutHardButNeverInsideACharacter() {
    String text = "\uD83D\uDE00".repeat(6000);
    List<SegmentData> fitted =
        SegmentData.fitted(List.of(new SegmentData(0, 1000, null, "da", text)), 10_001);
    assertEquals(text, String.join("", fitted.stream().map(SegmentData::text).toList()));
    assertTrue(
        fitted.stream()
            .allMatch(s -> !Character.isHighSurrogate(s.text().charAt(s.text().length() - 1))));
  }

  @Test
  void anEngineLabelThatIsNoNameIsDropped() {
    List<SegmentData> fitted =
        SegmentData.fitted(List.of(new SegmentData(0, 1000, "<b>x</b>", "da", "Hej.")), 10_000);
    assertNull(fitted.get(0).speaker());
    assertEquals("Hej.", fitted.get(0).text());
  }
}
