package dk.samtalenotat.journal.rest;

import dk.samtalenotat.journal.JournalException;
import dk.samtalenotat.journal.JournalFailure;
import dk.samtalenotat.journal.PermanentJournalException;
import dk.samtalenotat.journal.TransientJournalException;
import dk.samtalenotat.journal.UnknownOutcomeException;
import dk.samtalenotat.security.PersonalData;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonStructure;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.client.Client;
import jakarta.ws.rs.client.ClientBuilder;
import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.client.Invocation;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InterruptedIOException;
import java.io.StringReader;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;
import javax.net.ssl.SSLContext;

/**
 * JSON calls through the Jakarta REST client (RESTEasy in WildFly), with connect and read timeouts
 * on every call, and every failure mapped to the port's classes:
 *
 * <ul>
 *   <li>no connection (refused, unknown host, connect timeout): transient, nothing was sent;
 *   <li>429 and 503: transient, the server did not take the request;
 *   <li>a read timeout, another 5xx, or a broken connection: transient for a read, but an unknown
 *       outcome for a create, which may have been stored;
 *   <li>401 and 403: permanent, the configuration is wrong; 409: the case is closed; 404: no such
 *       case; other 4xx: the note is invalid.
 * </ul>
 *
 * <p>The messages of these exceptions are logged and stored, so they are built from codes only
 * ({@link PersonalData}): the system's name, the operation, the HTTP status or the class names of
 * the failure. Never the URI (Momentum's citizen look-up carries the CPR number in its query),
 * never the remote answer (which may echo what was sent), never a lower layer's message, and no
 * cause is attached whose message could carry them.
 */
public final class RestCalls implements AutoCloseable {

  /** Whether a call changes the remote state: decides how an unclear failure is classified. */
  public enum Kind {
    READ,
    CREATE
  }

  private final Client client;
  private final String name;

  /**
   * @param name the case system's name for messages, e.g. "SBSYS"
   */
  public RestCalls(String name, Duration connect, Duration read, SSLContext tls) {
    this.name = name;
    ClientBuilder builder =
        ClientBuilder.newBuilder()
            .connectTimeout(connect.toMillis(), TimeUnit.MILLISECONDS)
            .readTimeout(read.toMillis(), TimeUnit.MILLISECONDS);
    if (tls != null) {
      builder.sslContext(tls);
    }
    this.client = builder.register(new CorrelationHeader()).build();
  }

  /**
   * POSTs a JSON body; the answer as JSON (null for an empty body).
   *
   * @param operation what the call does, for messages: a fixed name such as "sag/search"
   */
  public JsonStructure postJson(
      Kind kind, String operation, URI uri, JsonObject body, UnaryOperator<Invocation.Builder> auth)
      throws JournalException {
    return call(
        kind,
        operation,
        () ->
            auth.apply(client.target(uri).request(MediaType.APPLICATION_JSON_TYPE))
                .post(Entity.entity(body.toString(), MediaType.APPLICATION_JSON_TYPE)));
  }

  /** POSTs a form (token requests). */
  public JsonStructure postForm(
      String operation,
      URI uri,
      jakarta.ws.rs.core.Form form,
      UnaryOperator<Invocation.Builder> auth)
      throws JournalException {
    return call(
        Kind.READ,
        operation,
        () ->
            auth.apply(client.target(uri).request(MediaType.APPLICATION_JSON_TYPE))
                .post(Entity.form(form)));
  }

  /**
   * GETs JSON. The URI may carry personal data in its query where the API demands it: it goes to
   * the case system and nowhere else.
   */
  public JsonStructure get(String operation, URI uri, UnaryOperator<Invocation.Builder> auth)
      throws JournalException {
    return call(
        Kind.READ,
        operation,
        () -> auth.apply(client.target(uri).request(MediaType.APPLICATION_JSON_TYPE)).get());
  }

  private JsonStructure call(
      Kind kind, String operation, java.util.function.Supplier<Response> send)
      throws JournalException {
    Response response;
    try {
      response = send.get();
    } catch (ProcessingException e) {
      throw classify(kind, operation, e);
    }
    try (response) {
      int status = response.getStatus();
      String text = response.hasEntity() ? response.readEntity(String.class) : "";
      if (status >= 200 && status < 300) {
        return parse(text, operation, kind);
      }
      throw forStatus(kind, operation, status);
    } catch (ProcessingException e) {
      throw classify(kind, operation, e);
    }
  }

  /** The exception for an error status; the answer's body is not part of it. */
  public JournalException forStatus(Kind kind, String operation, int status) {
    String message = name + " " + operation + ": HTTP " + status;
    if (status == 429 || status == 503) {
      return new TransientJournalException(message);
    }
    if (status == 408 || status >= 500) {
      return kind == Kind.CREATE
          ? new UnknownOutcomeException(message)
          : new TransientJournalException(message);
    }
    if (status == 401 || status == 403) {
      return new PermanentJournalException(JournalFailure.NOT_AUTHORISED, message);
    }
    if (status == 409) {
      return new PermanentJournalException(JournalFailure.CASE_CLOSED, message);
    }
    if (status == 404) {
      return new PermanentJournalException(JournalFailure.CASE_NOT_FOUND, message);
    }
    return new PermanentJournalException(JournalFailure.INVALID, message);
  }

  private JournalException classify(Kind kind, String operation, ProcessingException e) {
    boolean notSent = false;
    boolean readTimeout = false;
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof ConnectException
          || t instanceof UnknownHostException
          || t instanceof NoRouteToHostException
          || t.getClass().getSimpleName().contains("ConnectTimeout")
          || (t instanceof SocketTimeoutException
              && String.valueOf(t.getMessage()).toLowerCase().contains("connect"))) {
        notSent = true;
      } else if (t instanceof SocketTimeoutException || t instanceof InterruptedIOException) {
        readTimeout = true;
      }
    }
    String what = " (" + PersonalData.causeChain(e) + ")";
    if (notSent) {
      return new TransientJournalException(name + " " + operation + ": no connection" + what);
    }
    String message =
        name + " " + operation + (readTimeout ? ": no answer in time" : ": call failed") + what;
    return kind == Kind.CREATE
        ? new UnknownOutcomeException(message)
        : new TransientJournalException(message);
  }

  private JsonStructure parse(String text, String operation, Kind kind) throws JournalException {
    if (text == null || text.isBlank()) {
      return null;
    }
    try (JsonReader r = Json.createReader(new StringReader(text))) {
      return r.read();
    } catch (JsonException | IllegalStateException e) {
      String message =
          name + " " + operation + ": answer is no JSON (" + text.length() + " characters)";
      // A create answered 2xx: it was stored, but the answer is garbled; ask before sending again.
      throw kind == Kind.CREATE
          ? new UnknownOutcomeException(message)
          : new TransientJournalException(message);
    }
  }

  @Override
  public void close() {
    client.close();
  }
}
