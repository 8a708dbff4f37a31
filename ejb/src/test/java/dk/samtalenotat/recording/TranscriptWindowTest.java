package dk.samtalenotat.recording;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dk.samtalenotat.crypto.DataKey;
import dk.samtalenotat.crypto.DataKeys;
import dk.samtalenotat.crypto.TestKeys;
import dk.samtalenotat.transcript.SegmentData;
import dk.samtalenotat.transcript.windowed.WindowPlan;
import dk.samtalenotat.transcript.windowed.WindowSegments;
import java.util.List;
import org.junit.jupiter.api.Test;

class TranscriptWindowTest {

  private static final WindowSegments HEARD =
      new WindowSegments(
          new WindowPlan.Window(2, 50_000, 80_000),
          List.of(
              new SegmentData(50_100, 53_000, "Borger", "da", "Jeg har søgt \"tre\" stillinger."),
              new SegmentData(54_000, 58_500, null, "en", "I have been looking for work.")));

  @Test
  void theSegmentsAreSealedWithTheWindowsOwnKeyAndOpenAsTheyWere() {
    DataKeys keys = TestKeys.dataKeys();
    DataKey key = keys.create("29189846");
    TranscriptWindow w = new TranscriptWindow(null, HEARD, "openai-http", key);

    assertEquals(HEARD, w.open(keys.open("29189846", w.getWrappedKey())));
    assertEquals(2, w.getWindowIndex());
    assertFalse(w.ciphertextSha256().isEmpty());
  }

  @Test
  void anotherKeyCannotOpenThem() {
    DataKeys keys = TestKeys.dataKeys();
    TranscriptWindow w = new TranscriptWindow(null, HEARD, "openai-http", keys.create("29189846"));
    DataKey other = keys.create("29189846");
    assertNotEquals(w.getWrappedKey(), other.wrapped());
    assertThrows(RuntimeException.class, () -> w.open(other));
  }

  @Test
  void jsonKeepsTimesSpeakersLanguagesAndQuotes() {
    assertEquals(
        HEARD.segments(), TranscriptWindow.fromJson(TranscriptWindow.toJson(HEARD.segments())));
  }
}
