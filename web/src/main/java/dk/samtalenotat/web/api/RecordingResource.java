package dk.samtalenotat.web.api;

import dk.samtalenotat.audio.AudioRejectedException;
import dk.samtalenotat.conversation.ConversationNotFoundException;
import dk.samtalenotat.conversation.ConversationSteps;
import dk.samtalenotat.conversation.IllegalTransitionException;
import dk.samtalenotat.conversation.RecordingRefusedException;
import dk.samtalenotat.persistence.ConcurrentUpdates;
import dk.samtalenotat.recording.ChunkReceiver;
import dk.samtalenotat.recording.ChunkRejectedException;
import dk.samtalenotat.recording.RecordingService;
import dk.samtalenotat.recording.UploadNotFoundException;
import dk.samtalenotat.recording.UploadStatus;
import dk.samtalenotat.web.limits.RequestLimits;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.function.Supplier;
import java.util.logging.Logger;

/**
 * Audio intake for the caller's conversations: the browser's recording screen, dictation devices
 * and meeting systems. A recording is sent in chunks (start, put chunks with sequence numbers and
 * SHA-256 checksums in any order and as often as needed, ask what is held, finish) or as one file.
 * Mutating calls take JSON or audio bodies only, which a page of another site cannot send without
 * the browser asking first, so the signed-on session cannot be used from elsewhere. A registered
 * device calls the same operations with its bearer token instead of a session (see {@code
 * DeviceBearer}); it is then its caseworker, so ownership and tenant checks are the same. The
 * contract is described in {@code META-INF/openapi.yaml}, served at {@code /openapi}.
 */
@Path("")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class RecordingResource {

  private static final Logger LOG = Logger.getLogger(RecordingResource.class.getName());
  private static final String SHA256_HEADER = "X-Content-SHA256";

  /** What the sender records, for example {@code audio/webm;codecs=opus}. */
  public record StartRequest(String mediaType) {}

  /** The last sequence number of the recording: every chunk from 0 to it must be held. */
  public record FinishRequest(Integer lastSeq) {}

  @Inject RecordingService recordings;
  @Inject ChunkReceiver chunks;
  @Inject ConversationSteps conversations;
  @Inject RequestLimits limits;

  @POST
  @Path("conversations/{id}/recordings")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response start(@PathParam("id") long conversationId, StartRequest request) {
    return call(
        () -> {
          UploadStatus s =
              recordings.start(conversationId, request == null ? null : request.mediaType());
          return Response.status(s.chunks() == 0 ? Response.Status.CREATED : Response.Status.OK)
              .entity(s)
              .build();
        });
  }

  @GET
  @Path("recordings/{key}")
  public Response status(@PathParam("key") String key) {
    return call(() -> Response.ok(recordings.status(key)).build());
  }

  @PUT
  @Path("recordings/{key}/chunks/{seq}")
  @Consumes({MediaType.APPLICATION_OCTET_STREAM, "audio/*", "video/webm"})
  public Response chunk(
      @PathParam("key") String key,
      @PathParam("seq") int seq,
      @HeaderParam(SHA256_HEADER) String sha256,
      InputStream body) {
    return call(
        () -> {
          UploadStatus s = chunks.putChunk(key, seq, sha256, body);
          return Response.status(s.duplicate() ? Response.Status.OK : Response.Status.CREATED)
              .entity(s)
              .build();
        });
  }

  @POST
  @Path("recordings/{key}/finish")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response finish(@PathParam("key") String key, FinishRequest request) {
    if (request == null || request.lastSeq() == null) {
      return error(Response.Status.BAD_REQUEST, "LAST_SEQ_MISSING", List.of());
    }
    // Finishing is idempotent; it may meet the citizen's refusal changing the same conversation.
    return call(
        () ->
            Response.ok(
                    ConcurrentUpdates.retry(
                        "finish of upload " + key, () -> chunks.finish(key, request.lastSeq())))
                .build());
  }

  /** A whole file in one request, as a dictation device sends it. */
  @POST
  @Path("conversations/{id}/audio")
  @Consumes({MediaType.APPLICATION_OCTET_STREAM, "audio/*", "video/webm"})
  public Response wholeFile(
      @PathParam("id") long conversationId,
      @HeaderParam("X-File-Name") String fileName,
      InputStream body) {
    return call(
        () -> {
          boolean queued = conversations.addAudio(conversationId, fileName, body);
          return Response.status(Response.Status.CREATED)
              .entity(new FileReceived(conversationId, queued))
              .build();
        });
  }

  /** The answer to a whole file: received, and whether its transcription was queued. */
  public record FileReceived(long conversationId, boolean transcribing) {}

  private Response call(Supplier<Response> action) {
    try {
      return action.get();
    } catch (RuntimeException e) {
      Throwable cause = e instanceof EJBException && e.getCause() != null ? e.getCause() : e;
      return refused(cause, e);
    }
  }

  private Response refused(Throwable cause, RuntimeException original) {
    if (cause instanceof ChunkRejectedException c) {
      LOG.info(() -> "chunk refused: " + c.getMessage());
      if (c.reason() == ChunkRejectedException.Reason.BUSY) {
        // Nothing was stored: the sender keeps the chunk and sends it again.
        return Response.fromResponse(
                error(Response.Status.SERVICE_UNAVAILABLE, c.reason().name(), List.of()))
            .header("Retry-After", "5")
            .build();
      }
      Response.Status status =
          switch (c.reason()) {
            case CONFLICT, CLOSED, INCOMPLETE -> Response.Status.CONFLICT;
            case TOO_LARGE -> Response.Status.REQUEST_ENTITY_TOO_LARGE;
            default -> Response.Status.BAD_REQUEST;
          };
      return error(status, c.reason().name(), c.missing());
    }
    if (cause instanceof AudioRejectedException a) {
      LOG.info(() -> "audio refused: " + a.getMessage());
      if (a.reason() == AudioRejectedException.Reason.TOO_LARGE) {
        // The filter sends it at once and closes the connection, so the rest is never read.
        return error(
            Response.Status.REQUEST_ENTITY_TOO_LARGE,
            "AUDIO_TOO_LARGE",
            List.of(),
            limits == null ? "" : RequestLimits.size(limits.audioMaxBytes()));
      }
      return error(Response.Status.BAD_REQUEST, "AUDIO_" + a.reason().name(), List.of());
    }
    if (cause instanceof UploadNotFoundException
        || cause instanceof ConversationNotFoundException) {
      return error(Response.Status.NOT_FOUND, "NOT_FOUND", List.of());
    }
    if (cause instanceof RecordingRefusedException) {
      return error(Response.Status.CONFLICT, "CITIZEN_REFUSES", List.of());
    }
    if (cause instanceof IllegalTransitionException) {
      return error(Response.Status.CONFLICT, "NOT_NOW", List.of());
    }
    if (cause instanceof EJBAccessException) {
      return error(Response.Status.FORBIDDEN, "FORBIDDEN", List.of());
    }
    throw original;
  }

  private static Response error(
      Response.Status status, String code, List<Integer> missing, Object... args) {
    ResourceBundle msg =
        ResourceBundle.getBundle("dk.samtalenotat.web.messages", Locale.forLanguageTag("da"));
    String key = "api.recording." + code;
    String text =
        msg.containsKey(key)
            ? MessageFormat.format(
                msg.getString(key), args.length > 0 ? args : new Object[] {missing.size()})
            : msg.getString("api.recording.UNKNOWN");
    return Response.status(status)
        .type(MediaType.APPLICATION_JSON)
        .entity(new ApiError(code, text, missing))
        .build();
  }
}
