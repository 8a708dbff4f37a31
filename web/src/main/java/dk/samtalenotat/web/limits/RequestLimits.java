package dk.samtalenotat.web.limits;

import dk.samtalenotat.recording.ChunkStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Locale;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * How large a request body may be, by route: large only where audio arrives (the ingest API's
 * whole-file and chunk routes, and the conversation page's upload form), small everywhere else,
 * smallest for the SAML endpoints that anyone may post to. Read once at start from MicroProfile
 * Config; the server's {@code max-post-size} (wildfly-config/60-undertow.cli) is the outer bound
 * and must lie above the audio limit.
 */
@ApplicationScoped
public class RequestLimits {

  /** What multipart framing and the form's other fields add to an uploaded file. */
  static final long FORM_ENVELOPE = 1024 * 1024;

  private static final Pattern WHOLE_FILE = Pattern.compile("/api/conversations/\\d+/audio");
  private static final Pattern CHUNK = Pattern.compile("/api/recordings/[^/]+/chunks/\\d+");
  private static final String UPLOAD_PAGE = "/samtale.xhtml";

  /** Which rule a request falls under; the API's refusals name it. */
  public enum Route {
    /** A recording sent whole to the ingest API. */
    AUDIO_FILE,
    /** One chunk of a recording sent to the ingest API. */
    AUDIO_CHUNK,
    /** The conversation page's upload form (audio or a transcript file). */
    UPLOAD_FORM,
    /** The SAML endpoints: a Response or LogoutRequest posted by the browser. */
    SAML,
    /** Everything else: screens' form posts, the API's JSON. */
    OTHER
  }

  private long otherMaxBytes;
  private long samlMaxBytes;
  private long audioMaxBytes;

  protected RequestLimits() {}

  @Inject
  public RequestLimits(
      @ConfigProperty(name = "samtalenotat.request.max-bytes", defaultValue = "2097152")
          long otherMaxBytes,
      @ConfigProperty(name = "samtalenotat.request.saml.max-bytes", defaultValue = "1048576")
          long samlMaxBytes,
      @ConfigProperty(name = "samtalenotat.upload.max-bytes", defaultValue = "524288000")
          long audioMaxBytes) {
    if (otherMaxBytes <= 0 || samlMaxBytes <= 0 || audioMaxBytes <= 0) {
      throw new IllegalArgumentException(
          "samtalenotat.request.max-bytes, samtalenotat.request.saml.max-bytes and"
              + " samtalenotat.upload.max-bytes must be positive");
    }
    this.otherMaxBytes = otherMaxBytes;
    this.samlMaxBytes = samlMaxBytes;
    this.audioMaxBytes = audioMaxBytes;
  }

  /**
   * The route of a request.
   *
   * @param path the path inside the application (servlet path and path info)
   * @param contentType the request's Content-Type, or null
   */
  public Route route(String method, String path, String contentType) {
    String m = method == null ? "" : method.toUpperCase(Locale.ROOT);
    if (m.equals("POST") && WHOLE_FILE.matcher(path).matches()) {
      return Route.AUDIO_FILE;
    }
    if (m.equals("PUT") && CHUNK.matcher(path).matches()) {
      return Route.AUDIO_CHUNK;
    }
    if (m.equals("POST") && path.equals(UPLOAD_PAGE) && isMultipart(contentType)) {
      return Route.UPLOAD_FORM;
    }
    if (path.equals("/saml") || path.startsWith("/saml/")) {
      return Route.SAML;
    }
    return Route.OTHER;
  }

  /** The largest body the route takes, in bytes. */
  public long maxBytes(Route route) {
    return switch (route) {
      case AUDIO_FILE -> audioMaxBytes;
      case AUDIO_CHUNK -> Math.min(audioMaxBytes, ChunkStore.MAX_CHUNK_BYTES);
      case UPLOAD_FORM -> audioMaxBytes + FORM_ENVELOPE;
      case SAML -> samlMaxBytes;
      case OTHER -> otherMaxBytes;
    };
  }

  /** The largest audio file, in bytes: what the screens and the API's messages name. */
  public long audioMaxBytes() {
    return audioMaxBytes;
  }

  /** "500 MB", or "512 kB" below a megabyte (1024-based, as the screens count), for messages. */
  public static String size(long bytes) {
    long mb = bytes / (1024 * 1024);
    return mb >= 1 ? mb + " MB" : Math.max(1, bytes / 1024) + " kB";
  }

  /**
   * True for bodies the container parses itself when a parameter is asked for (forms): they must
   * declare their length, so that the container never reads more than the limit allowed.
   */
  public static boolean isForm(String contentType) {
    return contentType != null
        && (contentType.toLowerCase(Locale.ROOT).startsWith("application/x-www-form-urlencoded")
            || isMultipart(contentType));
  }

  private static boolean isMultipart(String contentType) {
    return contentType != null
        && contentType.toLowerCase(Locale.ROOT).startsWith("multipart/form-data");
  }
}
