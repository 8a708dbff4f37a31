package dk.samtalenotat.transcript;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.samtalenotat.crypto.CryptoException;
import dk.samtalenotat.crypto.DataKey;
import dk.samtalenotat.crypto.TestKeys;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The projection's decryption: what the segment entities would show, from their stored columns. */
class TranscriptTextTest {

  private static final String OBJECT = "transcript:3f1c";

  private final DataKey key = TestKeys.throwaway();

  private TranscriptText.Sealed sealed(int ordinal, long start, String speaker, String text) {
    return new TranscriptText.Sealed(
        ordinal, start, speaker, "da", key.seal(TranscriptSegment.aad(OBJECT, ordinal), text));
  }

  @Test
  void eachRowIsDecryptedAndMappedInTheGivenOrderWithTheKeyOpenedOnce() {
    AtomicInteger opened = new AtomicInteger();
    TranscriptText text =
        TranscriptText.open(
            "samtale.vtt",
            OBJECT,
            List.of(
                sealed(1, 0, "Borger", "Jeg har søgt tre stillinger."),
                sealed(2, 4000, null, "Godt."),
                new TranscriptText.Sealed(
                    3,
                    3_600_000,
                    "Tolk",
                    "uk",
                    key.seal(TranscriptSegment.aad(OBJECT, 3), "Добре."))),
            () -> {
              opened.incrementAndGet();
              return key;
            });
    assertEquals(1, opened.get());
    assertEquals("samtale.vtt", text.origin());
    assertEquals(
        List.of(
            new TranscriptText.Line(1, 0, "Borger", "da", "Jeg har søgt tre stillinger."),
            new TranscriptText.Line(2, 4000, null, "da", "Godt."),
            new TranscriptText.Line(3, 3_600_000, "Tolk", "uk", "Добре.")),
        text.segments());
  }

  @Test
  void anEmptyTranscriptOpensNoKey() {
    TranscriptText text =
        TranscriptText.open(
            "whisper",
            OBJECT,
            List.of(),
            () -> {
              throw new AssertionError("no key needed for no segments");
            });
    assertEquals("whisper", text.origin());
    assertTrue(text.segments().isEmpty());
  }

  @Test
  void aTextUnderAnotherOrdinalOrTranscriptDoesNotDecrypt() {
    TranscriptText.Sealed first = sealed(1, 0, "Borger", "Hej.");
    TranscriptText.Sealed moved =
        new TranscriptText.Sealed(2, 0, "Borger", "da", first.sealedText());
    assertThrows(
        CryptoException.class, () -> TranscriptText.open("x", OBJECT, List.of(moved), () -> key));
    assertThrows(
        CryptoException.class,
        () -> TranscriptText.open("x", "transcript:other", List.of(first), () -> key));
  }

  @Test
  void theProjectionUsesTheSameBindingAsTheEntity() {
    Transcript t =
        new Transcript(
            null,
            Transcript.Source.IMPORT,
            "samtale.vtt",
            List.of(new SegmentData(0, 1000, "Borger", "da", "Hej.")),
            key);
    TranscriptSegment s = t.getSegments().get(0);
    TranscriptText text =
        TranscriptText.open(
            "samtale.vtt",
            t.getObjectId(),
            List.of(
                new TranscriptText.Sealed(
                    s.getOrdinal(),
                    s.getStartMillis(),
                    s.getSpeaker(),
                    s.getLanguage(),
                    s.ciphertext())),
            () -> key);
    assertEquals("Hej.", text.segments().get(0).text());
  }
}
