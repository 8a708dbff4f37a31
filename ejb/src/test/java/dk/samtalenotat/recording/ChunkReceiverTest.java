package dk.samtalenotat.recording;

import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dk.samtalenotat.conversation.ConversationState;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.NoSuchFileException;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Two finishes of one upload at once (a sender repeating after a dropped connection): the one still
 * joining when the other has closed the upload and deleted its chunk files answers as a repeat; any
 * other failure of the join, and a chunk file gone from an upload still open, is passed on.
 */
class ChunkReceiverTest {

  private static final UploadStatus FINISHED =
      new UploadStatus(
          "u1",
          7,
          AudioUpload.State.FINISHED,
          3,
          3000,
          List.of(),
          List.of(),
          ConversationState.TRANSCRIBING,
          false,
          true,
          null);

  private static final RecordingService.FinishPlan DONE =
      new RecordingService.FinishPlan(FINISHED, null, null, null, null);

  private static final RecordingService.FinishPlan STILL_OPEN =
      new RecordingService.FinishPlan(null, List.of(), null, "u1.webm", null);

  private static UncheckedIOException joinFailed(IOException cause) {
    return new UncheckedIOException("could not join u1", cause);
  }

  @Test
  void aFinishWhoseChunksAnotherFinishDeletedAnswersAsARepeat() {
    UncheckedIOException gone = joinFailed(new NoSuchFileException("uploads/u1/0-abc.chunk"));
    assertSame(FINISHED, ChunkReceiver.finishedMeanwhile(gone, () -> DONE));
  }

  @Test
  void aChunkFileGoneFromAnOpenUploadIsAnError() {
    UncheckedIOException gone = joinFailed(new NoSuchFileException("uploads/u1/0-abc.chunk"));
    assertSame(
        gone,
        assertThrows(
            UncheckedIOException.class,
            () -> ChunkReceiver.finishedMeanwhile(gone, () -> STILL_OPEN)));
  }

  @Test
  void anyOtherFailureOfTheJoinIsPassedOn() {
    UncheckedIOException full = joinFailed(new IOException("No space left on device"));
    assertSame(
        full,
        assertThrows(
            UncheckedIOException.class,
            () ->
                ChunkReceiver.finishedMeanwhile(
                    full,
                    () -> {
                      throw new AssertionError("the upload is not read again");
                    })));
  }
}
