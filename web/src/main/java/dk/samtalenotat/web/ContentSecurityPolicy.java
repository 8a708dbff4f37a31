package dk.samtalenotat.web;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The content security policy of every answer. Scripts run only from the application's own files,
 * and inline only with the nonce PrimeFaces' CSP mode gives each view ({@code primefaces.CSP} in
 * web.xml): it writes that nonce on every script element of the page, moves every inline event
 * handler into such a script, and runs the scripts of AJAX answers through elements that carry it.
 * Nothing may evaluate strings as code ({@code 'unsafe-eval'} is absent).
 *
 * <p>Styles keep {@code 'unsafe-inline'}: PrimeFaces writes {@code style} attributes on its own
 * components (positions, widths, hidden overlays), which its CSP mode does not cover, and an
 * injected style can neither run script nor read the page. Everything else (frames, plugins,
 * foreign origins) is shut.
 */
final class ContentSecurityPolicy {

  static final String HEADER = "Content-Security-Policy";

  /** What PrimeFaces writes into its own header: its policy followed by the view's nonce. */
  private static final Pattern NONCE = Pattern.compile("'nonce-([A-Za-z0-9+/_=-]{16,128})'");

  private static final String OTHER_DIRECTIVES =
      String.join(
          "; ",
          "default-src 'self'",
          "style-src 'self' 'unsafe-inline'",
          "img-src 'self' data:",
          "font-src 'self' data:",
          "connect-src 'self'",
          "media-src 'self' blob:",
          "object-src 'none'",
          "base-uri 'self'",
          "frame-ancestors 'none'");

  private ContentSecurityPolicy() {}

  /** The policy of an answer with no inline script at all (API, SAML endpoints, resources). */
  static String withoutNonce() {
    return "script-src 'self'; " + OTHER_DIRECTIVES;
  }

  /** The policy of a page whose inline scripts carry {@code nonce}. */
  static String withNonce(String nonce) {
    if (!NONCE.matcher("'nonce-" + nonce + "'").matches()) {
      throw new IllegalArgumentException("not a nonce");
    }
    return "script-src 'self' 'nonce-" + nonce + "'; " + OTHER_DIRECTIVES;
  }

  /**
   * Our policy in place of the one PrimeFaces sends with a page: the same nonce, our directives. A
   * header without a nonce gets the policy without one, so no inline script runs.
   */
  static String replacing(String primeFacesPolicy) {
    return nonceOf(primeFacesPolicy)
        .map(ContentSecurityPolicy::withNonce)
        .orElseGet(ContentSecurityPolicy::withoutNonce);
  }

  private static Optional<String> nonceOf(String policy) {
    Matcher m = NONCE.matcher(policy == null ? "" : policy);
    return m.find() ? Optional.of(m.group(1)) : Optional.empty();
  }
}
