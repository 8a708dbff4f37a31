package dk.samtalenotat.openai;

import dk.samtalenotat.tracing.Correlation;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonReaderFactory;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * Sends one POST to an OpenAI-style server and returns the JSON answer, or says precisely why not.
 *
 * <p>Failures are split the way the pipeline's retry needs them: 408, 429, 5xx, timeouts and
 * connection failures may pass if tried later; every other status, and an answer that is not JSON,
 * will fail the same way again.
 */
public final class OpenAiHttp {

  private static final int MAX_BODY_IN_MESSAGE = 500;

  private final OpenAiEndpoint endpoint;
  private final HttpClient client;
  private final JsonReaderFactory readers = Json.createReaderFactory(Map.of());

  public OpenAiHttp(OpenAiEndpoint endpoint) {
    this.endpoint = endpoint;
    this.client =
        HttpClient.newBuilder()
            // HTTP/1.1: several of the local servers (uvicorn, cpp-httplib) do not speak h2c.
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(endpoint.connectTimeout())
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
  }

  public OpenAiEndpoint endpoint() {
    return endpoint;
  }

  /**
   * POSTs the body to the API path and parses the answer as a JSON object.
   *
   * @throws OpenAiCallException for any failure, with the server's own error text when it sent one
   */
  public JsonObject post(String apiPath, String contentType, HttpRequest.BodyPublisher body)
      throws OpenAiCallException {
    URI uri = endpoint.resolve(apiPath);
    HttpRequest.Builder builder =
        endpoint
            .authorize(HttpRequest.newBuilder(uri))
            .timeout(endpoint.readTimeout())
            .header("Content-Type", contentType)
            .header("Accept", "application/json");
    String correlation = Correlation.current();
    if (correlation != null) {
      // The engine's own log can then be read beside ours for the same job.
      builder.header(Correlation.HEADER, correlation);
    }
    HttpRequest request = builder.POST(body).build();
    HttpResponse<String> response;
    try {
      response = client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (HttpConnectTimeoutException e) {
      throw new OpenAiCallException(
          "no connection to " + uri + " within " + endpoint.connectTimeout(), true, e);
    } catch (HttpTimeoutException e) {
      throw new OpenAiCallException(
          "no answer from " + uri + " within " + endpoint.readTimeout(), true, e);
    } catch (ConnectException e) {
      throw new OpenAiCallException("cannot connect to " + uri + ": " + describe(e), true, e);
    } catch (IOException e) {
      throw new OpenAiCallException("request to " + uri + " failed: " + describe(e), true, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new OpenAiCallException("interrupted while waiting for " + uri, true, e);
    }
    int status = response.statusCode();
    if (status < 200 || status > 299) {
      StringBuilder message =
          new StringBuilder("HTTP ")
              .append(status)
              .append(" from ")
              .append(uri)
              .append(": ")
              .append(errorText(response.body()));
      response
          .headers()
          .firstValue("Retry-After")
          .ifPresent(v -> message.append(" (Retry-After: ").append(v).append(')'));
      throw new OpenAiCallException(message.toString(), isTransient(status));
    }
    return parseObject(response.body(), uri);
  }

  /** 408, 429 and 5xx may pass later; every other failure status will not. */
  public static boolean isTransient(int status) {
    return status == 408 || status == 429 || status >= 500;
  }

  private JsonObject parseObject(String body, URI uri) throws OpenAiCallException {
    try (JsonReader reader = readers.createReader(new StringReader(body))) {
      return reader.readObject();
    } catch (JsonException | IllegalStateException e) {
      throw new OpenAiCallException(
          // Only the size: a good answer carries personal data, which must not reach the logs.
          "answer from " + uri + " is not a JSON object (" + body.length() + " characters)",
          false,
          e);
    }
  }

  /** Parses JSON text the model produced; null when it is not a JSON object. */
  public JsonObject parseObjectOrNull(String text) {
    try (JsonReader reader = readers.createReader(new StringReader(text))) {
      return reader.readObject();
    } catch (JsonException | IllegalStateException e) {
      return null;
    }
  }

  /**
   * The error text of an error answer: OpenAI's {@code {"error":{"message":...}}}, whisper.cpp's
   * {@code {"error":"..."}}, FastAPI's {@code {"detail":...}}, or the body itself.
   */
  static String errorText(String body) {
    if (body == null || body.isBlank()) {
      return "(empty body)";
    }
    try (JsonReader reader = Json.createReader(new StringReader(body))) {
      JsonObject json = reader.readObject();
      JsonValue error = json.get("error");
      if (error instanceof JsonObject o && o.get("message") instanceof JsonString s) {
        return s.getString();
      }
      if (error instanceof JsonString s) {
        return s.getString();
      }
      JsonValue detail = json.get("detail");
      if (detail instanceof JsonString s) {
        return s.getString();
      }
      if (detail != null) {
        return abbreviate(detail.toString());
      }
    } catch (JsonException | IllegalStateException e) {
      // Not JSON: the body itself is the best text there is.
    }
    return abbreviate(body);
  }

  static String abbreviate(String text) {
    String oneLine = text.replaceAll("\\s+", " ").strip();
    return oneLine.length() <= MAX_BODY_IN_MESSAGE
        ? oneLine
        : oneLine.substring(0, MAX_BODY_IN_MESSAGE) + "...";
  }

  private static String describe(Throwable e) {
    return e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
  }
}
