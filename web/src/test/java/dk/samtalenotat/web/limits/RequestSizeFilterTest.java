package dk.samtalenotat.web.limits;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.samtalenotat.web.limits.RequestLimits.Route;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The limits per route, and what the filter answers: a declared length above the limit refused
 * unread, a form without a declared length refused, a streamed body counted and cut at the limit,
 * the API in its JSON shape and the screens with a Danish page, the connection closed on 413.
 */
class RequestSizeFilterTest {

  private static final long MB = 1024 * 1024;

  private final RequestLimits limits = new RequestLimits(2 * MB, MB, 500 * MB);

  @Test
  void largeLimitsOnlyWhereAudioArrives() {
    assertEquals(Route.AUDIO_FILE, limits.route("POST", "/api/conversations/42/audio", null));
    assertEquals(Route.AUDIO_CHUNK, limits.route("PUT", "/api/recordings/k-1/chunks/3", null));
    assertEquals(
        Route.UPLOAD_FORM,
        limits.route("POST", "/samtale.xhtml", "multipart/form-data; boundary=x"));
    assertEquals(
        Route.OTHER,
        limits.route("POST", "/samtale.xhtml", "application/x-www-form-urlencoded"),
        "the review form is an ordinary form");
    assertEquals(Route.OTHER, limits.route("POST", "/ny-samtale.xhtml", "multipart/form-data"));
    assertEquals(Route.OTHER, limits.route("GET", "/api/conversations/42/audio", null));
    assertEquals(Route.OTHER, limits.route("POST", "/api/conversations/42/recordings", null));
    assertEquals(
        Route.SAML, limits.route("POST", "/saml/acs", "application/x-www-form-urlencoded"));
    assertEquals(500 * MB, limits.maxBytes(Route.AUDIO_FILE));
    assertEquals(64 * MB, limits.maxBytes(Route.AUDIO_CHUNK));
    assertEquals(501 * MB, limits.maxBytes(Route.UPLOAD_FORM));
    assertEquals(MB, limits.maxBytes(Route.SAML));
    assertEquals(2 * MB, limits.maxBytes(Route.OTHER));
    assertEquals("500 MB", RequestLimits.size(500 * MB));
    assertEquals("512 kB", RequestLimits.size(512 * 1024));
  }

  @Test
  void aSamlPostDeclaringMoreThanTheLimitIsRefusedUnread() throws Exception {
    FakeRequest request =
        new FakeRequest("POST", "/saml", "/acs", "application/x-www-form-urlencoded", 100 * MB);
    FakeResponse response = filter(request, failingChain());
    assertEquals(413, response.status);
    assertEquals("close", response.headers.get("Connection"));
    assertTrue(response.committed);
    assertTrue(response.body().contains("Login-svaret er for stort"), response.body());
    assertTrue(response.body().contains("1 MB"), response.body());
    assertEquals(0, request.read, "nothing of the body was read");
  }

  @Test
  void aFormWithoutADeclaredLengthIsRefused() throws Exception {
    FakeRequest request =
        new FakeRequest("POST", "/saml", "/acs", "application/x-www-form-urlencoded", -1);
    request.headers.put("Transfer-Encoding", "chunked");
    FakeResponse response = filter(request, failingChain());
    assertEquals(411, response.status);
    assertTrue(response.body().contains("længde ikke var angivet"), response.body());
  }

  @Test
  void anAudioFileDeclaringMoreThanTheLimitGetsTheApiShape() throws Exception {
    FakeRequest request =
        new FakeRequest("POST", "/api", "/conversations/42/audio", "audio/wav", 600 * MB);
    FakeResponse response = filter(request, failingChain());
    assertEquals(413, response.status);
    assertEquals("application/json", response.contentType);
    assertTrue(
        response
            .body()
            .startsWith(
                "{\"code\":\"AUDIO_TOO_LARGE\",\"message\":\"Optagelsen er for stor. Den største lydfil, der kan modtages, er 500 MB.\""),
        response.body());
    assertTrue(response.body().contains("\"missing\":[]"), response.body());
  }

  @Test
  void aStreamedBodyIsCutAtTheLimitAndAnswered413() throws Exception {
    FakeRequest request =
        new FakeRequest("POST", "/api", "/conversations/42/recordings", "application/json", -1);
    request.headers.put("Transfer-Encoding", "chunked");
    long[] got = {0};
    FilterChain reader =
        (req, res) -> {
          InputStream in = req.getInputStream();
          byte[] buffer = new byte[8192];
          int n;
          while ((n = in.read(buffer)) > 0) {
            got[0] += n;
          }
        };
    FakeResponse response = filter(request, reader);
    assertEquals(413, response.status);
    assertTrue(response.body().contains("REQUEST_TOO_LARGE"), response.body());
    assertEquals(2 * MB, got[0], "the reader got exactly the limit");
    assertTrue(request.read <= 2 * MB + 1, "read " + request.read);
  }

  @Test
  void anApplicationsOwn413IsSentAtOnceWithTheConnectionClosed() throws Exception {
    FakeRequest request =
        new FakeRequest("POST", "/api", "/conversations/42/audio", "audio/wav", -1);
    request.headers.put("Transfer-Encoding", "chunked");
    FakeResponse response =
        filter(request, (req, res) -> ((HttpServletResponse) res).setStatus(413));
    assertEquals("close", response.headers.get("Connection"));
    assertTrue(response.committed);
  }

  @Test
  void aBodyWithinItsLimitPassesUntouched() throws Exception {
    FakeRequest request =
        new FakeRequest("POST", "/samtale.xhtml", null, "application/x-www-form-urlencoded", 1000);
    boolean[] called = {false};
    FakeResponse response =
        filter(
            request,
            (req, res) -> {
              called[0] = true;
              assertTrue(req == request.proxy, "not wrapped: the container reads the form");
            });
    assertTrue(called[0]);
    assertEquals(200, response.status);
    assertFalse(response.committed);
  }

  @Test
  void theCountingStreamNeverHandsOutMoreThanTheLimit() throws Exception {
    FakeRequest request = new FakeRequest("PUT", "/api", "/x", "application/json", -1);
    CountingRequest counted = new CountingRequest(request.proxy(), 10);
    InputStream in = counted.getInputStream();
    assertEquals(10, in.readNBytes(10).length);
    assertThrows(CountingRequest.TooLargeException.class, in::read);
    assertTrue(counted.exceeded());
  }

  private FakeResponse filter(FakeRequest request, FilterChain chain) throws Exception {
    RequestSizeFilter filter = new RequestSizeFilter();
    filter.limits = limits;
    FakeResponse response = new FakeResponse();
    filter.doFilter(request.proxy(), response.proxy(), chain);
    return response;
  }

  private static FilterChain failingChain() {
    return (req, res) -> {
      throw new AssertionError("the request went on");
    };
  }

  /** A request whose body is endless zeros, counting what was read of it. */
  static final class FakeRequest {
    final Map<String, String> headers = new HashMap<>();
    final String method;
    final String servletPath;
    final String pathInfo;
    final String contentType;
    final long contentLength;
    long read;
    HttpServletRequest proxy;

    FakeRequest(
        String method, String servletPath, String pathInfo, String contentType, long length) {
      this.method = method;
      this.servletPath = servletPath;
      this.pathInfo = pathInfo;
      this.contentType = contentType;
      this.contentLength = length;
    }

    HttpServletRequest proxy() {
      if (proxy == null) {
        ServletInputStream body =
            new ServletInputStream() {
              @Override
              public int read() {
                read++;
                return 0;
              }

              @Override
              public int read(byte[] b, int off, int len) {
                read += len;
                return len;
              }

              @Override
              public boolean isFinished() {
                return false;
              }

              @Override
              public boolean isReady() {
                return true;
              }

              @Override
              public void setReadListener(ReadListener listener) {}
            };
        proxy =
            (HttpServletRequest)
                Proxy.newProxyInstance(
                    getClass().getClassLoader(),
                    new Class<?>[] {HttpServletRequest.class},
                    (p, m, args) ->
                        switch (m.getName()) {
                          case "getMethod" -> method;
                          case "getServletPath" -> servletPath;
                          case "getPathInfo" -> pathInfo;
                          case "getContentType" -> contentType;
                          case "getContentLengthLong" -> contentLength;
                          case "getHeader" -> headers.get((String) args[0]);
                          case "getContextPath" -> "";
                          case "getInputStream" -> body;
                          case "getCharacterEncoding" -> null;
                          default -> throw new UnsupportedOperationException(m.getName());
                        });
      }
      return proxy;
    }
  }

  /** A response that keeps what is set and written. */
  static final class FakeResponse {
    final Map<String, String> headers = new HashMap<>();
    final ByteArrayOutputStream out = new ByteArrayOutputStream();
    int status = 200;
    String contentType;
    boolean committed;

    String body() {
      return out.toString(StandardCharsets.UTF_8);
    }

    HttpServletResponse proxy() {
      ServletOutputStream stream =
          new ServletOutputStream() {
            @Override
            public void write(int b) {
              out.write(b);
            }

            @Override
            public boolean isReady() {
              return true;
            }

            @Override
            public void setWriteListener(WriteListener listener) {}
          };
      return (HttpServletResponse)
          Proxy.newProxyInstance(
              getClass().getClassLoader(),
              new Class<?>[] {HttpServletResponse.class},
              (p, m, args) -> {
                switch (m.getName()) {
                  case "setStatus" -> status = (Integer) args[0];
                  case "getStatus" -> {
                    return status;
                  }
                  case "setHeader" -> headers.put((String) args[0], (String) args[1]);
                  case "setContentType" -> contentType = (String) args[0];
                  case "setCharacterEncoding", "setContentLength" -> {}
                  case "getOutputStream" -> {
                    return stream;
                  }
                  case "flushBuffer" -> committed = true;
                  case "isCommitted" -> {
                    return committed;
                  }
                  case "resetBuffer" -> out.reset();
                  default -> throw new UnsupportedOperationException(m.getName());
                }
                return null;
              });
    }
  }
}
