package dk.samtalenotat.journal.rest;

import dk.samtalenotat.journal.JournalException;
import dk.samtalenotat.journal.JournalFailure;
import dk.samtalenotat.journal.PermanentJournalException;
import dk.samtalenotat.journal.TransientJournalException;
import dk.samtalenotat.journal.UnknownOutcomeException;
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
 */
public final class RestCalls implements AutoCloseable {

  /** Whether a call changes the remote state: decides how an unclear failure is classified. */
  public enum Kind {
    READ,
    CREATE
  }

  private final Client client;
  private final String name;

  public RestCalls(String name, Duration connect, Duration read, SSLContext tls) {
    this.name = name;
    ClientBuilder builder =
        ClientBuilder.newBuilder()
            .connectTimeout(connect.toMillis(), TimeUnit.MILLISECONDS)
            .readTimeout(read.toMillis(), TimeUnit.MILLISECONDS);
    if (tls != null) {
      builder.sslContext(tls);
    }
    this.client = builder.build();
  }

  /** POSTs a JSON body; the answer as JSON (null for an empty body). */
  public JsonStructure postJson(
      Kind kind, URI uri, JsonObject body, UnaryOperator<Invocation.Builder> auth)
      throws JournalException {
    return call(
        kind,
        uri,
        () ->
            auth.apply(client.target(uri).request(MediaType.APPLICATION_JSON_TYPE))
                .post(Entity.entity(body.toString(), MediaType.APPLICATION_JSON_TYPE)));
  }

  /** POSTs a form (token requests). */
  public JsonStructure postForm(
      URI uri, jakarta.ws.rs.core.Form form, UnaryOperator<Invocation.Builder> auth)
      throws JournalException {
    return call(
        Kind.READ,
        uri,
        () ->
            auth.apply(client.target(uri).request(MediaType.APPLICATION_JSON_TYPE))
                .post(Entity.form(form)));
  }

  public JsonStructure get(URI uri, UnaryOperator<Invocation.Builder> auth)
      throws JournalException {
    return call(
        Kind.READ,
        uri,
        () -> auth.apply(client.target(uri).request(MediaType.APPLICATION_JSON_TYPE)).get());
  }

  private JsonStructure call(Kind kind, URI uri, java.util.function.Supplier<Response> send)
      throws JournalException {
    Response response;
    try {
      response = send.get();
    } catch (ProcessingException e) {
      throw classify(kind, uri, e);
    }
    try (response) {
      int status = response.getStatus();
      String text = response.hasEntity() ? response.readEntity(String.class) : "";
      if (status >= 200 && status < 300) {
        return parse(text, uri, kind);
      }
      throw forStatus(kind, uri, status, text);
    } catch (ProcessingException e) {
      throw classify(kind, uri, e);
    }
  }

  /** The exception for an error status. */
  public JournalException forStatus(Kind kind, URI uri, int status, String body) {
    String message = name + " answered HTTP " + status + " to " + uri + ": " + abbreviate(body);
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

  private JournalException classify(Kind kind, URI uri, ProcessingException e) {
    Throwable root = e;
    boolean notSent = false;
    boolean readTimeout = false;
    for (Throwable t = e; t != null; t = t.getCause()) {
      root = t;
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
    String what = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    if (notSent) {
      return new TransientJournalException(
          "no connection to " + name + " at " + uri + ": " + what, e);
    }
    String message =
        (readTimeout ? "no answer in time from " : "call failed to ")
            + name
            + " at "
            + uri
            + ": "
            + what;
    return kind == Kind.CREATE
        ? new UnknownOutcomeException(message, e)
        : new TransientJournalException(message, e);
  }

  private JsonStructure parse(String text, URI uri, Kind kind) throws JournalException {
    if (text == null || text.isBlank()) {
      return null;
    }
    try (JsonReader r = Json.createReader(new StringReader(text))) {
      return r.read();
    } catch (JsonException | IllegalStateException e) {
      String message = name + " at " + uri + " answered with no JSON (" + text.length() + " chars)";
      // A create answered 2xx: it was stored, but the answer is garbled; ask before sending again.
      throw kind == Kind.CREATE
          ? new UnknownOutcomeException(message, e)
          : new TransientJournalException(message, e);
    }
  }

  static String abbreviate(String body) {
    if (body == null || body.isBlank()) {
      return "(empty)";
    }
    String one = body.replaceAll("\\s+", " ").strip();
    return one.length() <= 300 ? one : one.substring(0, 300) + "...";
  }

  @Override
  public void close() {
    client.close();
  }
}
