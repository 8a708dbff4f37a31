package dk.samtalenotat.web;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;

/**
 * Security headers on every answer of the application, error pages and forwards included. Pages and
 * API answers carry personal data, so no cache keeps them; static resources may be cached.
 *
 * <p>The content security policy ({@link ContentSecurityPolicy}) is sent once per answer. A Faces
 * page also gets a policy from PrimeFaces' CSP mode, carrying the nonce of its inline scripts; a
 * browser enforces every policy it receives, so a second header would block exactly those scripts.
 * The response passed on therefore turns PrimeFaces' header into ours with its nonce, replacing the
 * one set here.
 */
@WebFilter(
    filterName = "SecurityHeadersFilter",
    urlPatterns = "/*",
    dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.FORWARD, DispatcherType.ERROR})
public class SecurityHeadersFilter extends HttpFilter {

  private static final long serialVersionUID = 1L;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    response.setHeader(ContentSecurityPolicy.HEADER, ContentSecurityPolicy.withoutNonce());
    response.setHeader("X-Frame-Options", "DENY");
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("Referrer-Policy", "same-origin");
    // The microphone is for recording conversations in the browser; nothing else is needed.
    response.setHeader("Permissions-Policy", "microphone=(self), camera=(), geolocation=()");
    if (request.isSecure()) {
      response.setHeader("Strict-Transport-Security", "max-age=31536000");
    }
    String path = request.getRequestURI().substring(request.getContextPath().length());
    if (!path.startsWith("/jakarta.faces.resource/") && !path.startsWith("/resources/")) {
      response.setHeader("Cache-Control", "no-store");
      response.setHeader("Pragma", "no-cache");
    }
    chain.doFilter(request, new OnePolicy(response));
  }

  /** Lets a policy set further down (PrimeFaces') replace ours instead of adding a second. */
  static final class OnePolicy extends HttpServletResponseWrapper {

    OnePolicy(HttpServletResponse response) {
      super(response);
    }

    @Override
    public void addHeader(String name, String value) {
      if (ContentSecurityPolicy.HEADER.equalsIgnoreCase(name)) {
        setHeader(name, value);
      } else {
        super.addHeader(name, value);
      }
    }

    @Override
    public void setHeader(String name, String value) {
      if (ContentSecurityPolicy.HEADER.equalsIgnoreCase(name)) {
        super.setHeader(ContentSecurityPolicy.HEADER, ContentSecurityPolicy.replacing(value));
      } else {
        super.setHeader(name, value);
      }
    }
  }
}
