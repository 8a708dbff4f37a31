package dk.samtalenotat.web.saml;

import java.util.Arrays;
import java.util.Optional;

/** NSIS assurance levels, ordered Low &lt; Substantial &lt; High (OIOSAML 3). */
public enum NsisLevel {
  LOW("Low"),
  SUBSTANTIAL("Substantial"),
  HIGH("High");

  /** The attribute and the authentication context class share this prefix. */
  public static final String URI_PREFIX = "https://data.gov.dk/concept/core/nsis/loa/";

  private final String value;

  NsisLevel(String value) {
    this.value = value;
  }

  /** As the {@code .../nsis/loa} attribute carries it: {@code Low}, {@code Substantial}, ... */
  public String value() {
    return value;
  }

  /** As RequestedAuthnContext asks for it. */
  public String uri() {
    return URI_PREFIX + value;
  }

  public boolean atLeast(NsisLevel other) {
    return compareTo(other) >= 0;
  }

  /** Accepts the attribute value or the full URI, exactly as the profile spells them. */
  public static Optional<NsisLevel> parse(String text) {
    if (text == null) {
      return Optional.empty();
    }
    String v = text.strip();
    if (v.startsWith(URI_PREFIX)) {
      v = v.substring(URI_PREFIX.length());
    }
    String name = v;
    return Arrays.stream(values()).filter(l -> l.value.equals(name)).findFirst();
  }
}
