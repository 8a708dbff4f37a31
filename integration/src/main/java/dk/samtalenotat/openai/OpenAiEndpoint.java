package dk.samtalenotat.openai;

import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.Objects;

/**
 * Where and how to reach a server that speaks the OpenAI API (OpenAI, Azure OpenAI, vLLM, Ollama,
 * llama.cpp, whisper.cpp server, speaches).
 *
 * @param baseUrl the server root; the adapter appends {@code /v1/...}
 * @param model the model (or Azure deployment) name sent in every request
 * @param apiKey the key, or null when the server needs none
 * @param apiKeyHeader {@code Authorization} sends {@code Bearer <key>}; any other header name (for
 *     example Azure's {@code api-key}) sends the key as it is
 * @param connectTimeout how long to wait for the TCP/TLS connection
 * @param readTimeout how long to wait for the whole answer once the request is sent
 */
public record OpenAiEndpoint(
    URI baseUrl,
    String model,
    String apiKey,
    String apiKeyHeader,
    Duration connectTimeout,
    Duration readTimeout) {

  public static final String AUTHORIZATION = "Authorization";

  public OpenAiEndpoint {
    Objects.requireNonNull(baseUrl, "baseUrl");
    if (baseUrl.getScheme() == null
        || !(baseUrl.getScheme().equals("http") || baseUrl.getScheme().equals("https"))) {
      throw new IllegalArgumentException("base URL must be http or https: " + baseUrl);
    }
    if (model == null || model.isBlank()) {
      throw new IllegalArgumentException("model is missing");
    }
    apiKey = apiKey == null || apiKey.isBlank() ? null : apiKey.strip();
    apiKeyHeader = apiKeyHeader == null || apiKeyHeader.isBlank() ? AUTHORIZATION : apiKeyHeader;
    requirePositive(connectTimeout, "connect timeout");
    requirePositive(readTimeout, "read timeout");
  }

  private static void requirePositive(Duration d, String what) {
    if (d == null || d.isZero() || d.isNegative()) {
      throw new IllegalArgumentException(what + " must be positive: " + d);
    }
  }

  /** The full address of an API path such as {@code /v1/chat/completions}. */
  public URI resolve(String apiPath) {
    String base = baseUrl.toString();
    while (base.endsWith("/")) {
      base = base.substring(0, base.length() - 1);
    }
    return URI.create(base + apiPath);
  }

  /** Adds the key header, if a key is configured. */
  public HttpRequest.Builder authorize(HttpRequest.Builder request) {
    if (apiKey != null) {
      if (AUTHORIZATION.equalsIgnoreCase(apiKeyHeader)) {
        request.header(AUTHORIZATION, "Bearer " + apiKey);
      } else {
        request.header(apiKeyHeader, apiKey);
      }
    }
    return request;
  }

  /** Keeps the key out of logs. */
  @Override
  public String toString() {
    return "OpenAiEndpoint[baseUrl="
        + baseUrl
        + ", model="
        + model
        + ", apiKey="
        + (apiKey == null ? "none" : "***")
        + ", apiKeyHeader="
        + apiKeyHeader
        + ", connectTimeout="
        + connectTimeout
        + ", readTimeout="
        + readTimeout
        + "]";
  }
}
