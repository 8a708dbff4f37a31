package dk.samtalenotat.it.capacity;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * One simulated person's browser without JavaScript: its own cookie jar and connection, redirects
 * followed by hand (as a browser follows them, each a request of its own), every request with a
 * timeout. What a page's script would send (the ingest API's JSON and audio, a Faces postback) is
 * sent as the script sends it.
 */
public final class Browser {

  private static final Duration TIMEOUT = Duration.ofMinutes(2);

  private final URI base;
  private final HttpClient http;
  private final CookieManager cookies = new CookieManager();

  public Browser(URI base) {
    this.base = base;
    this.http =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .cookieHandler(cookies)
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10))
            .build();
  }

  public URI base() {
    return base;
  }

  /** The session's cookies as a {@code Cookie} header, for a request sent past this client. */
  public String cookieHeader() {
    return cookies.getCookieStore().get(base).stream()
        .map(c -> c.getName() + "=" + c.getValue())
        .collect(java.util.stream.Collectors.joining("; "));
  }

  public HttpResponse<String> get(String path) throws IOException, InterruptedException {
    return get(base.resolve(path));
  }

  public HttpResponse<String> get(URI uri) throws IOException, InterruptedException {
    return send(HttpRequest.newBuilder(uri).GET());
  }

  /** A form post ({@code application/x-www-form-urlencoded}). */
  public HttpResponse<String> post(URI uri, Map<String, String> form, Map<String, String> headers)
      throws IOException, InterruptedException {
    String body =
        form.entrySet().stream()
            .map(
                e ->
                    URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8)
                        + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
            .collect(Collectors.joining("&"));
    HttpRequest.Builder request =
        HttpRequest.newBuilder(uri)
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(body));
    headers.forEach(request::header);
    return send(request);
  }

  /** A request with a body of its own type (the ingest API). */
  public HttpResponse<String> send(
      String method, String path, String contentType, byte[] body, Map<String, String> headers)
      throws IOException, InterruptedException {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(base.resolve(path))
            .header("Content-Type", contentType)
            .header("Accept", "application/json")
            .method(method, HttpRequest.BodyPublishers.ofByteArray(body));
    headers.forEach(request::header);
    return send(request);
  }

  /** A multipart form post, as a file upload sends it. */
  public HttpResponse<String> postMultipart(URI uri, Multipart body)
      throws IOException, InterruptedException {
    return send(
        HttpRequest.newBuilder(uri)
            .header("Content-Type", body.contentType())
            .POST(HttpRequest.BodyPublishers.ofByteArray(body.bytes())));
  }

  /** Follows redirects to the end, as a browser does. */
  public HttpResponse<String> follow(HttpResponse<String> response)
      throws IOException, InterruptedException {
    int hops = 0;
    while (response.statusCode() / 100 == 3 && hops++ < 10) {
      URI next = response.uri().resolve(response.headers().firstValue("Location").orElseThrow());
      response = get(next);
    }
    return response;
  }

  private HttpResponse<String> send(HttpRequest.Builder request)
      throws IOException, InterruptedException {
    return http.send(request.timeout(TIMEOUT).build(), HttpResponse.BodyHandlers.ofString());
  }

  /** A {@code multipart/form-data} body: fields and files. */
  public static final class Multipart {
    private final String boundary = "----capacity" + System.nanoTime();
    private final java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();

    public Multipart field(String name, String value) {
      write(
          "--"
              + boundary
              + "\r\nContent-Disposition: form-data; name=\""
              + name
              + "\"\r\n\r\n"
              + value
              + "\r\n");
      return this;
    }

    public Multipart file(String name, String fileName, String type, byte[] content) {
      write(
          "--"
              + boundary
              + "\r\nContent-Disposition: form-data; name=\""
              + name
              + "\"; filename=\""
              + fileName
              + "\"\r\nContent-Type: "
              + type
              + "\r\n\r\n");
      out.writeBytes(content);
      write("\r\n");
      return this;
    }

    String contentType() {
      return "multipart/form-data; boundary=" + boundary;
    }

    byte[] bytes() {
      java.io.ByteArrayOutputStream all = new java.io.ByteArrayOutputStream();
      all.writeBytes(out.toByteArray());
      all.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
      return all.toByteArray();
    }

    private void write(String s) {
      out.writeBytes(s.getBytes(StandardCharsets.UTF_8));
    }
  }
}
