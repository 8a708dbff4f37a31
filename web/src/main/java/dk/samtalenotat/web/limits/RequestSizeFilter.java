package dk.samtalenotat.web.limits;

import dk.samtalenotat.web.limits.RequestLimits.Route;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.logging.Logger;

/**
 * Holds every request body to its route's limit ({@link RequestLimits}) before anything reads it.
 *
 * <ul>
 *   <li>A declared length above the limit is refused with 413 at once, unread.
 *   <li>A form (urlencoded or multipart) must declare its length: the container parses forms itself
 *       when a parameter is asked for, so only a declared length, which the container never reads
 *       past, keeps that within the limit. Without one it is refused with 411. Browsers always
 *       declare it.
 *   <li>Any other body without a declared length (a streamed upload, chunked) is counted as it is
 *       read; reading past the limit fails, and the answer is 413.
 * </ul>
 *
 * The API answers in its JSON shape with a Danish message, the screens and the SAML endpoints with
 * a short Danish page. A 413 always closes the connection and is sent at once, so that the server
 * stops reading the rest of the body instead of draining it.
 */
public class RequestSizeFilter extends HttpFilter {

  private static final long serialVersionUID = 1L;
  private static final Logger LOG = Logger.getLogger(RequestSizeFilter.class.getName());
  private static final int LENGTH_REQUIRED = 411;

  @Inject RequestLimits limits;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    String path =
        request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
    Route route = limits.route(request.getMethod(), path, request.getContentType());
    long max = limits.maxBytes(route);
    long declared = request.getContentLengthLong();
    boolean streamed = declared < 0 && request.getHeader("Transfer-Encoding") != null;
    if (declared > max) {
      LOG.info(() -> route + " request of " + declared + " bytes refused, limit " + max);
      refuse(request, response, route, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE, max);
      return;
    }
    if (streamed && RequestLimits.isForm(request.getContentType())) {
      LOG.info(() -> route + " form without a declared length refused");
      refuse(request, response, route, LENGTH_REQUIRED, max);
      return;
    }
    if (!streamed) {
      chain.doFilter(request, response);
      closeIfTooLarge(response);
      return;
    }
    // Where audio arrives the store's own count answers first, with its own reason; this count is
    // the backstop, a little above it.
    boolean audio = route == Route.AUDIO_FILE || route == Route.AUDIO_CHUNK;
    CountingRequest counted =
        new CountingRequest(request, audio ? max + RequestLimits.FORM_ENVELOPE : max);
    try {
      chain.doFilter(counted, response);
    } catch (IOException | ServletException | RuntimeException e) {
      if (!counted.exceeded()) {
        throw e;
      }
    }
    if (counted.exceeded() && !response.isCommitted()) {
      LOG.info(() -> route + " streamed request passed " + max + " bytes; refused");
      response.resetBuffer();
      refuse(request, response, route, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE, max);
      return;
    }
    closeIfTooLarge(response);
  }

  /**
   * A 413 from the application itself (an audio store's own limit): sent now with the connection to
   * be closed, so that the container does not read the rest of the body to keep it open.
   */
  private static void closeIfTooLarge(HttpServletResponse response) throws IOException {
    if (response.getStatus() == HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE
        && !response.isCommitted()) {
      response.setHeader("Connection", "close");
      response.flushBuffer();
    }
  }

  private void refuse(
      HttpServletRequest request, HttpServletResponse response, Route route, int status, long max)
      throws IOException {
    ResourceBundle texts =
        ResourceBundle.getBundle("dk.samtalenotat.web.messages", Locale.forLanguageTag("da"));
    response.setStatus(status);
    response.setHeader("Connection", "close");
    response.setHeader("Cache-Control", "no-store");
    boolean api = "/api".equals(request.getServletPath());
    byte[] body;
    if (api) {
      String code =
          status == LENGTH_REQUIRED
              ? "LENGTH_REQUIRED"
              : switch (route) {
                case AUDIO_FILE -> "AUDIO_TOO_LARGE";
                case AUDIO_CHUNK -> "CHUNK_TOO_LARGE";
                default -> "REQUEST_TOO_LARGE";
              };
      String key =
          switch (code) {
            case "AUDIO_TOO_LARGE", "CHUNK_TOO_LARGE" -> "api.recording." + code;
            default -> "api." + code;
          };
      String message = MessageFormat.format(texts.getString(key), RequestLimits.size(max));
      body =
          Json.createObjectBuilder()
              .add("code", code)
              .add("message", message)
              .add("missing", Json.createArrayBuilder())
              .build()
              .toString()
              .getBytes(StandardCharsets.UTF_8);
      response.setContentType("application/json");
    } else {
      String key =
          status == LENGTH_REQUIRED
              ? "request.lengthRequired"
              : switch (route) {
                case UPLOAD_FORM -> "request.tooLarge.upload";
                case SAML -> "request.tooLarge.saml";
                default -> "request.tooLarge.form";
              };
      long shown = route == Route.UPLOAD_FORM ? limits.audioMaxBytes() : max;
      body =
          page(
                  texts.getString("request.refused.title"),
                  MessageFormat.format(texts.getString(key), RequestLimits.size(shown)),
                  request.getContextPath() + "/")
              .getBytes(StandardCharsets.UTF_8);
      response.setContentType("text/html");
    }
    response.setCharacterEncoding("UTF-8");
    response.setContentLength(body.length);
    response.getOutputStream().write(body);
    response.flushBuffer();
  }

  private static String page(String title, String message, String home) {
    return "<!DOCTYPE html>\n<html lang=\"da\"><head><meta charset=\"UTF-8\"><title>"
        + escape(title)
        + "</title></head><body><main><h1>"
        + escape(title)
        + "</h1><p id=\"refusal\">"
        + escape(message)
        + "</p><p><a href=\""
        + escape(home)
        + "\">Til forsiden</a></p></main></body></html>\n";
  }

  private static String escape(String text) {
    return text.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\"", "&quot;");
  }
}
