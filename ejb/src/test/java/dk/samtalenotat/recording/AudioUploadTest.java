package dk.samtalenotat.recording;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.samtalenotat.crypto.TestKeys;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AudioUploadTest {

  private static final String A = "a".repeat(64);
  private static final String B = "b".repeat(64);

  private final AudioUpload upload =
      new AudioUpload(null, "audio/webm;codecs=opus", TestKeys.throwaway().wrapped());

  private UploadChunk held(int seq, String sha) {
    return new UploadChunk(
        upload, seq, new ChunkStore.StoredChunk(seq + "-x.chunk", 10, sha, "c".repeat(64)));
  }

  private ChunkRejectedException.Reason refused(Runnable r) {
    return assertThrows(ChunkRejectedException.class, r::run).reason();
  }

  @Test
  void aNewChunkIsAdmittedAndCounted() {
    assertEquals(AudioUpload.Admission.NEW, upload.admit(0, A, Optional.empty()));
    upload.chunkStored(0, 1000);
    upload.chunkStored(1, 500);
    assertEquals(2, upload.getChunkCount());
    assertEquals(1500, upload.getBytesReceived());
    assertEquals(8500, upload.remaining(10_000));
    assertEquals(0, upload.remaining(1000));
  }

  @Test
  void aRepeatedChunkWithTheSameChecksumIsAcknowledgedNotStoredAgain() {
    assertEquals(AudioUpload.Admission.DUPLICATE, upload.admit(3, A, Optional.of(held(3, A))));
    // Hex digits in either case name the same checksum.
    assertEquals(
        AudioUpload.Admission.DUPLICATE, upload.admit(3, A.toUpperCase(), Optional.of(held(3, A))));
  }

  @Test
  void aRepeatedSequenceNumberWithOtherContentIsRefused() {
    assertEquals(
        ChunkRejectedException.Reason.CONFLICT,
        refused(() -> upload.admit(3, B, Optional.of(held(3, A)))));
  }

  @Test
  void sequenceNumbersOutOfRangeAreRefused() {
    assertEquals(
        ChunkRejectedException.Reason.BAD_SEQUENCE,
        refused(() -> upload.admit(-1, A, Optional.empty())));
    assertEquals(
        ChunkRejectedException.Reason.BAD_SEQUENCE,
        refused(() -> upload.admit(AudioUpload.MAX_SEQ + 1, A, Optional.empty())));
  }

  @Test
  void aSenderGoingInOrderNeedsNoLookUpAndHasNoGap() {
    assertTrue(upload.gapless());
    assertEquals(List.of(), upload.receivedWithoutGaps());
    for (int seq = 0; seq < 1200; seq++) {
      assertFalse(upload.mayHold(seq), "a number above the highest is not held: " + seq);
      upload.chunkStored(seq, 10);
      assertTrue(upload.gapless());
    }
    assertEquals(List.of(new SeqRange(0, 1199)), upload.receivedWithoutGaps());
    assertTrue(upload.mayHold(0));
    assertTrue(upload.mayHold(1199));
    assertFalse(upload.mayHold(1200));
  }

  @Test
  void aSkippedNumberIsAGapUntilItArrives() {
    upload.chunkStored(0, 10);
    upload.chunkStored(2, 10);
    assertFalse(upload.gapless());
    assertTrue(upload.mayHold(1), "below the highest: must be looked up");
    assertThrows(IllegalStateException.class, upload::receivedWithoutGaps);
    upload.chunkStored(1, 10);
    assertTrue(upload.gapless());
    assertEquals(List.of(new SeqRange(0, 2)), upload.receivedWithoutGaps());
  }

  @Test
  void numbersHeldAndTheirGapsAreRanges() {
    assertEquals(List.of(), AudioUpload.ranges(List.of()));
    assertEquals(List.of(new SeqRange(0, 2)), AudioUpload.ranges(List.of(0, 1, 2)));
    assertEquals(
        List.of(new SeqRange(0, 2), new SeqRange(5, 6), new SeqRange(9, 9)),
        AudioUpload.ranges(List.of(0, 1, 2, 5, 6, 9)));
    assertEquals(List.of(), AudioUpload.gaps(List.of(new SeqRange(0, 2))));
    assertEquals(
        List.of(new SeqRange(0, 1), new SeqRange(4, 4)),
        AudioUpload.gaps(List.of(new SeqRange(2, 3), new SeqRange(5, 7))));
    assertEquals(List.of(), AudioUpload.gaps(List.of()));
  }

  @Test
  void gapsAreTheMissingNumbersUpToTheOneNamed() {
    assertEquals(List.of(), AudioUpload.missing(List.of(0, 1, 2), 2));
    assertEquals(List.of(1, 3), AudioUpload.missing(List.of(0, 2, 4), 4));
    assertEquals(List.of(0, 1), AudioUpload.missing(List.of(2), 2));
    assertEquals(List.of(3, 4, 5), AudioUpload.missing(List.of(0, 1, 2), 5));
    assertEquals(List.of(0, 1, 2), AudioUpload.missing(List.of(), 2));
    assertEquals(List.of(1), AudioUpload.missing(List.of(0, 2, 7), 2));
  }

  @Test
  void finishingNeedsEveryChunkFromZeroToTheLast() {
    upload.requireComplete(2, List.of(0, 1, 2));
    ChunkRejectedException gaps =
        assertThrows(
            ChunkRejectedException.class, () -> upload.requireComplete(4, List.of(0, 2, 4)));
    assertEquals(ChunkRejectedException.Reason.INCOMPLETE, gaps.reason());
    assertEquals(List.of(1, 3), gaps.missing());
    // The sender thinks 3 is last, but the tail (4) never arrived: missing, not complete.
    assertEquals(
        List.of(3),
        assertThrows(
                ChunkRejectedException.class, () -> upload.requireComplete(3, List.of(0, 1, 2)))
            .missing());
    assertEquals(
        ChunkRejectedException.Reason.BAD_SEQUENCE,
        refused(() -> upload.requireComplete(1, List.of(0, 1, 2))));
    assertEquals(
        ChunkRejectedException.Reason.EMPTY, refused(() -> upload.requireComplete(0, List.of())));
  }

  @Test
  void aFinishedUploadTakesNoChunkAndForgetsItsKey() {
    upload.finished(Instant.now());
    assertNull(upload.getWrappedKey());
    assertEquals(
        ChunkRejectedException.Reason.CLOSED, refused(() -> upload.admit(0, A, Optional.empty())));
    assertEquals(ChunkRejectedException.Reason.CLOSED, refused(() -> upload.chunkStored(0, 1)));
    assertEquals(
        ChunkRejectedException.Reason.CLOSED, refused(() -> upload.requireComplete(0, List.of(0))));
  }

  @Test
  void aDestroyedUploadTakesNoChunk() {
    upload.destroyed(Instant.now());
    assertEquals(AudioUpload.State.DESTROYED, upload.getState());
    assertNull(upload.getWrappedKey());
    assertEquals(
        ChunkRejectedException.Reason.CLOSED, refused(() -> upload.admit(0, A, Optional.empty())));
  }
}
