package dk.samtalenotat.recording;

import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dk.samtalenotat.audio.AudioStore;
import dk.samtalenotat.conversation.ConversationState;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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

  /**
   * The service as the two finishes meet it: the first reading finds the upload open with one chunk
   * (whose file the other finish has deleted, so it is not in the store), every later reading
   * answers {@code again}.
   */
  private static ChunkReceiver receiver(Path dir, RecordingService.FinishPlan again)
      throws ReflectiveOperationException {
    RecordingService.FinishPlan open =
        new RecordingService.FinishPlan(
            null,
            List.of(new ChunkStore.Part(0, "0-a00bcb1f4c0e4d6da777a7933951412a.chunk")),
            null,
            "u1.webm",
            null);
    RecordingService service =
        new RecordingService() {
          private int readings;

          @Override
          public FinishPlan planFinish(String uploadKey, int lastSeq) {
            return readings++ == 0 ? open : again;
          }
        };
    ChunkReceiver receiver = new ChunkReceiver();
    set(receiver, "recordings", service);
    set(receiver, "chunks", new ChunkStore(dir.resolve("chunks")));
    set(receiver, "audioStore", new AudioStore(dir.resolve("audio"), 1_000_000));
    return receiver;
  }

  private static void set(Object on, String field, Object value)
      throws ReflectiveOperationException {
    java.lang.reflect.Field f = on.getClass().getDeclaredField(field);
    f.setAccessible(true);
    f.set(on, value);
  }

  @Test
  void theFinishItselfAnswersAsARepeatWhenTheOtherFinishClosedTheUpload(@TempDir Path dir)
      throws Exception {
    assertSame(FINISHED, receiver(dir, DONE).finish("c8c50e21-7a75-4b9d-bccc-506e8a14ecca", 0));
  }

  @Test
  void theFinishItselfFailsWhenAChunkFileIsGoneFromAnOpenUpload(@TempDir Path dir)
      throws Exception {
    ChunkReceiver receiver = receiver(dir, STILL_OPEN);
    assertThrows(
        UncheckedIOException.class,
        () -> receiver.finish("c8c50e21-7a75-4b9d-bccc-506e8a14ecca", 0));
  }
}
