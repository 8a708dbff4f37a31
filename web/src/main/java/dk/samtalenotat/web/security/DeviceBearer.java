package dk.samtalenotat.web.security;

import dk.samtalenotat.device.DeviceAuthenticator;
import dk.samtalenotat.device.DeviceCaller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.regex.Pattern;

/**
 * The device half of {@link SignInMechanism}: a request with {@code Authorization: Bearer <token>}.
 * The token of a registered device ({@code enheder.xhtml}) makes its caseworker the caller of that
 * one request, with no session and no cookie, and only on the ingest API; on any other path a
 * bearer token is refused whatever else the request carries. A bad token is refused even when the
 * request also carries a signed-on session, so the cookie never stands in for it.
 */
@ApplicationScoped
public class DeviceBearer {

  /**
   * The ingest API: start an upload, send a chunk, finish, ask what is held, and the whole-file
   * upload. Matched against the servlet path, which the container has decoded and normalised.
   */
  static final Pattern INGEST =
      Pattern.compile(
          "/api/(conversations/\\d+/(recordings|audio)"
              + "|recordings/[A-Za-z0-9-]{1,64}(/chunks/\\d{1,9}|/finish)?)");

  /** The request attribute naming why a bearer token was refused, for the error page. */
  static final String REFUSAL = DeviceBearer.class.getName() + ".refusal";

  private static final String SCHEME = "Bearer ";

  @Inject DeviceAuthenticator devices;

  /** The bearer token of an Authorization header; empty for none (or another scheme). */
  static Optional<String> token(String header) {
    if (header == null || !header.regionMatches(true, 0, SCHEME, 0, SCHEME.length())) {
      return Optional.empty();
    }
    return Optional.of(header.substring(SCHEME.length()).strip());
  }

  /** Whether the request is for the ingest API, the only place a device token opens. */
  static boolean ingest(String servletPath, String pathInfo) {
    return INGEST.matcher(servletPath + (pathInfo == null ? "" : pathInfo)).matches();
  }

  AuthenticationStatus validate(
      String token,
      HttpServletRequest request,
      HttpServletResponse response,
      HttpMessageContext context) {
    if (!ingest(request.getServletPath(), request.getPathInfo())) {
      return refuse(
          request,
          response,
          HttpServletResponse.SC_FORBIDDEN,
          "Bearer error=\"insufficient_scope\"",
          "DEVICE_TOKEN_NOT_HERE");
    }
    Optional<DeviceCaller> caller = devices.authenticate(token, request.getRemoteAddr());
    if (caller.isEmpty()) {
      return refuse(
          request,
          response,
          HttpServletResponse.SC_UNAUTHORIZED,
          "Bearer error=\"invalid_token\"",
          "DEVICE_TOKEN_INVALID");
    }
    return context.notifyContainerAboutLogin(caller.get().userKey(), caller.get().roles());
  }

  /**
   * Refuses the request. The container answers a failed authentication with {@code sendError},
   * which would overwrite any body written here, so the body ({@code ApiError}: code and Danish
   * message) is written by the error page, {@link RefusalPage}, from the code left on the request.
   */
  private static AuthenticationStatus refuse(
      HttpServletRequest request,
      HttpServletResponse response,
      int status,
      String challenge,
      String code) {
    request.setAttribute(REFUSAL, code);
    response.setHeader("WWW-Authenticate", challenge);
    response.setStatus(status);
    return AuthenticationStatus.SEND_FAILURE;
  }

  /** The body of a refusal, as the API's other errors look. */
  static String body(String code) {
    ResourceBundle msg =
        ResourceBundle.getBundle("dk.samtalenotat.web.messages", Locale.forLanguageTag("da"));
    return Json.createObjectBuilder()
        .add("code", code)
        .add("message", msg.getString("api.device." + code))
        .add("missing", Json.createArrayBuilder())
        .build()
        .toString();
  }
}
