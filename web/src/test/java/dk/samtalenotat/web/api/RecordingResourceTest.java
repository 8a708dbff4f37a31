package dk.samtalenotat.web.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.samtalenotat.audio.AudioRejectedException;
import dk.samtalenotat.conversation.ConversationNotFoundException;
import dk.samtalenotat.conversation.ConversationState;
import dk.samtalenotat.conversation.IllegalTransitionException;
import dk.samtalenotat.conversation.RecordingRefusedException;
import dk.samtalenotat.recording.ChunkReceiver;
import dk.samtalenotat.recording.ChunkRejectedException;
import dk.samtalenotat.recording.UploadNotFoundException;
import dk.samtalenotat.recording.UploadStatus;
import jakarta.ejb.EJBException;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/** How the intake API answers each refusal of the service: status, code and Danish message. */
class RecordingResourceTest {

  private static RecordingResource failingWith(Supplier<RuntimeException> failure) {
    RecordingResource resource = new RecordingResource();
    resource.chunks =
        new ChunkReceiver() {
          @Override
          public UploadStatus putChunk(String key, int seq, String sha256, InputStream body) {
            throw failure.get();
          }

          @Override
          public UploadStatus finish(String key, int lastSeq) {
            throw failure.get();
          }
        };
    return resource;
  }

  private static ApiError error(Response r) {
    return (ApiError) r.getEntity();
  }

  private static Response chunk(Supplier<RuntimeException> failure) {
    return failingWith(failure).chunk("k", 0, "a".repeat(64), InputStream.nullInputStream());
  }

  @Test
  void aDamagedChunkIsABadRequestWithADanishMessage() {
    Response r =
        chunk(
            () ->
                new ChunkRejectedException(
                    ChunkRejectedException.Reason.CHECKSUM_MISMATCH, "detail"));
    assertEquals(400, r.getStatus());
    assertEquals("CHECKSUM_MISMATCH", error(r).code());
    assertTrue(error(r).message().contains("beskadiget"), error(r).message());
  }

  @Test
  void conflictsClosedUploadsAndGapsAreConflictsAndListWhatIsMissing() {
    assertEquals(
        409,
        chunk(() -> new ChunkRejectedException(ChunkRejectedException.Reason.CONFLICT, "d"))
            .getStatus());
    assertEquals(
        409,
        chunk(() -> new ChunkRejectedException(ChunkRejectedException.Reason.CLOSED, "d"))
            .getStatus());
    Response gaps =
        failingWith(
                () ->
                    new ChunkRejectedException(
                        ChunkRejectedException.Reason.INCOMPLETE, "d", List.of(3, 7)))
            .finish("k", new RecordingResource.FinishRequest(9));
    assertEquals(409, gaps.getStatus());
    assertEquals(List.of(3, 7), error(gaps).missing());
    assertTrue(error(gaps).message().contains("mangler stadig 2"), error(gaps).message());
  }

  @Test
  void tooLargeIs413() {
    assertEquals(
        413,
        chunk(() -> new ChunkRejectedException(ChunkRejectedException.Reason.TOO_LARGE, "d"))
            .getStatus());
    assertEquals(
        413,
        chunk(() -> new AudioRejectedException(AudioRejectedException.Reason.TOO_LARGE, "d"))
            .getStatus());
  }

  @Test
  void aChunkTheServerIsTooBusyToTakeIsUnavailableAndToBeSentAgain() {
    Response r = chunk(() -> new ChunkRejectedException(ChunkRejectedException.Reason.BUSY, "d"));
    assertEquals(503, r.getStatus());
    assertEquals("5", r.getHeaderString("Retry-After"));
    assertEquals("BUSY", error(r).code());
    assertTrue(error(r).message().contains("Intet går tabt"), error(r).message());
  }

  @Test
  void anotherCaseworkersUploadOrConversationIsNotFound() {
    assertEquals(404, chunk(() -> new UploadNotFoundException("k")).getStatus());
    assertEquals(404, chunk(() -> new ConversationNotFoundException(1)).getStatus());
  }

  @Test
  void refusalAndWrongStateAreConflictsAlsoWhenTheContainerWrapsThem() {
    assertEquals("CITIZEN_REFUSES", error(chunk(() -> new RecordingRefusedException(1))).code());
    Response r =
        chunk(
            () ->
                new EJBException(
                    new IllegalTransitionException(
                        1, ConversationState.DECLINED, ConversationState.AUDIO_RECEIVED)));
    assertEquals(409, r.getStatus());
    assertEquals("NOT_NOW", error(r).code());
  }

  @Test
  void aFinishWithoutTheLastNumberIsRefusedBeforeTheService() {
    Response r = failingWith(IllegalStateException::new).finish("k", null);
    assertEquals(400, r.getStatus());
    assertEquals("LAST_SEQ_MISSING", error(r).code());
  }

  @Test
  void anUnexpectedFailureIsNotDressedUpAsARefusal() {
    IllegalStateException bug = new IllegalStateException("bug");
    assertSame(bug, assertThrows(IllegalStateException.class, () -> chunk(() -> bug)));
  }

  @Test
  void everyReasonHasADanishMessage() {
    for (ChunkRejectedException.Reason reason : ChunkRejectedException.Reason.values()) {
      Response r = chunk(() -> new ChunkRejectedException(reason, "d"));
      assertEquals(reason.name(), error(r).code());
      assertTrue(!error(r).message().equals("Optagelsen blev afvist."), reason.name());
      // The sender's to mend, except a busy server, which is the server's and passes.
      assertTrue(
          reason == ChunkRejectedException.Reason.BUSY
              ? r.getStatus() == 503
              : r.getStatus() >= 400 && r.getStatus() < 500,
          reason.name());
    }
  }
}
