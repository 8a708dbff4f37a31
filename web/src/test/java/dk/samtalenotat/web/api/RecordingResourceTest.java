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
import dk.samtalenotat.recording.AudioUpload;
import dk.samtalenotat.recording.ChunkReceiver;
import dk.samtalenotat.recording.ChunkRejectedException;
import dk.samtalenotat.recording.FinishQueue;
import dk.samtalenotat.recording.UploadNotFoundException;
import dk.samtalenotat.recording.UploadStatus;
import jakarta.ejb.EJBException;
import jakarta.ws.rs.container.AsyncResponse;
import jakarta.ws.rs.container.TimeoutHandler;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import java.time.Duration;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
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
    resource.finishes = new RightAway();
    return resource;
  }

  /** Runs a finish at once on the test's thread, as a free finish thread would. */
  private static class RightAway extends FinishQueue {
    @Override
    public <T> CompletionStage<T> submit(String what, Supplier<T> finish) {
      try {
        return CompletableFuture.completedFuture(finish.get());
      } catch (RuntimeException e) {
        return CompletableFuture.failedFuture(e);
      }
    }

    @Override
    public Duration answerWithin() {
      return Duration.ofMinutes(1);
    }
  }

  /** The answer a finish resumes its suspended request with. */
  private static final class Answer implements AsyncResponse {
    Object resumed;
    TimeoutHandler onTimeout;

    Response response() {
      return (Response) resumed;
    }

    @Override
    public boolean resume(Object response) {
      resumed = response;
      return true;
    }

    @Override
    public boolean resume(Throwable response) {
      resumed = response;
      return true;
    }

    @Override
    public boolean cancel() {
      return false;
    }

    @Override
    public boolean cancel(int retryAfter) {
      return false;
    }

    @Override
    public boolean cancel(Date retryAfter) {
      return false;
    }

    @Override
    public boolean isSuspended() {
      return resumed == null;
    }

    @Override
    public boolean isCancelled() {
      return false;
    }

    @Override
    public boolean isDone() {
      return resumed != null;
    }

    @Override
    public boolean setTimeout(long time, TimeUnit unit) {
      return true;
    }

    @Override
    public void setTimeoutHandler(TimeoutHandler handler) {
      onTimeout = handler;
    }

    @Override
    public Collection<Class<?>> register(Class<?> callback) {
      return List.of();
    }

    @Override
    public Map<Class<?>, Collection<Class<?>>> register(Class<?> callback, Class<?>... callbacks) {
      return Map.of();
    }

    @Override
    public Collection<Class<?>> register(Object callback) {
      return List.of();
    }

    @Override
    public Map<Class<?>, Collection<Class<?>>> register(Object callback, Object... callbacks) {
      return Map.of();
    }
  }

  private static Answer finish(RecordingResource resource, Integer lastSeq) {
    Answer answer = new Answer();
    resource.finish("k", new RecordingResource.FinishRequest(lastSeq), answer);
    return answer;
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
        finish(
                failingWith(
                    () ->
                        new ChunkRejectedException(
                            ChunkRejectedException.Reason.INCOMPLETE, "d", List.of(3, 7))),
                9)
            .response();
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
    Response r = finish(failingWith(IllegalStateException::new), null).response();
    assertEquals(400, r.getStatus());
    assertEquals("LAST_SEQ_MISSING", error(r).code());
  }

  @Test
  void aFinishThatDoesNotGetItsTurnIsUnavailableAndToBeAskedAgain() {
    RecordingResource full = failingWith(IllegalStateException::new);
    full.finishes =
        new RightAway() {
          @Override
          public <T> CompletionStage<T> submit(String what, Supplier<T> finish) {
            throw new ChunkRejectedException(ChunkRejectedException.Reason.BUSY, what);
          }
        };
    Response r = finish(full, 4).response();
    assertEquals(503, r.getStatus());
    assertEquals("5", r.getHeaderString("Retry-After"));
    assertEquals("BUSY", error(r).code());

    // Queued but not run within the wait: the request is answered busy all the same.
    RecordingResource queued = failingWith(IllegalStateException::new);
    queued.finishes =
        new RightAway() {
          @Override
          public <T> CompletionStage<T> submit(String what, Supplier<T> finish) {
            return new CompletableFuture<>();
          }
        };
    Answer waiting = finish(queued, 4);
    assertTrue(waiting.isSuspended(), "no answer before its turn or the wait's end");
    waiting.onTimeout.handleTimeout(waiting);
    assertEquals(503, waiting.response().getStatus());
    assertEquals("BUSY", error(waiting.response()).code());
  }

  @Test
  void aFinishedUploadIsAnsweredWithItsStatusAndAnUnexpectedFailureIsPassedOn() {
    RecordingResource resource = failingWith(IllegalStateException::new);
    UploadStatus done =
        new UploadStatus(
            "k",
            5,
            AudioUpload.State.FINISHED,
            5,
            1000,
            List.of(),
            List.of(),
            null,
            false,
            true,
            null);
    resource.chunks =
        new ChunkReceiver() {
          @Override
          public UploadStatus finish(String key, int lastSeq) {
            return done;
          }
        };
    Response r = finish(resource, 4).response();
    assertEquals(200, r.getStatus());
    assertSame(done, r.getEntity());

    IllegalStateException bug = new IllegalStateException("bug");
    assertSame(bug, finish(failingWith(() -> bug), 4).resumed);
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
